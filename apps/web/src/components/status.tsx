import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api';
import { useI18n, type Translate } from '../lib/i18n';

export function Loading({ label, height, page = false }: { label?: string; height?: number; page?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={`status status-loading${page ? ' status-page' : ''}`} role="status" style={height ? { minHeight: height } : undefined}>
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === null) return t('state.network');
    if (error.message === 'invalid-response') return t('state.invalid');
    // The API explains problems in English; the reader gets a sentence in their language.
    if (error.status === 404) return t('state.notFound');
    if (error.status >= 500) return t('state.server', { status: error.status });
    return t('state.badRequest');
  }
  return t('state.network');
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="status status-error" role="alert">
      <p className="status-title">{t('state.errorTitle')}</p>
      <p>{errorMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="status status-empty">{children}</div>;
}

/** Renders a query's data, or says that it is loading or why it failed, with a retry. */
export function QueryView<T>({
  query,
  children,
  loadingHeight,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  loadingHeight?: number;
}) {
  if (query.isPending) return <Loading {...(loadingHeight ? { height: loadingHeight } : {})} page={loadingHeight !== undefined && loadingHeight >= 400} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
