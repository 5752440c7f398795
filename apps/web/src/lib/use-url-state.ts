import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { withLang } from './url-state';

/** A page's state read from and written to the query string, so every view can be shared and restored. */
export function useUrlState<S>(
  parse: (search: string) => S,
  serialise: (state: S) => string,
): [S, (next: Partial<S>, options?: { replace?: boolean }) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const state = useMemo(() => parse(search), [parse, search]);
  const set = useCallback(
    (next: Partial<S>, options?: { replace?: boolean }) => {
      const query = withLang(serialise({ ...parse(window.location.search), ...next }), window.location.search);
      navigate(`${location}${query}`, { replace: options?.replace ?? false });
    },
    [location, navigate, parse, serialise],
  );
  return [state, set];
}
