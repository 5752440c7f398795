import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { UploadResult } from './api';

export type UploadState<T> =
  | { phase: 'idle' }
  | { phase: 'sending'; fraction: number }
  | { phase: 'reading' }
  | { phase: 'done'; result: UploadResult<T> }
  | { phase: 'failed'; error: unknown };

/** Runs an upload, following it from sending (with its progress) to the server's reading and the answer. */
export function useUpload<T>(send: (form: FormData, onProgress: (fraction: number) => void) => Promise<UploadResult<T>>) {
  const qc = useQueryClient();
  const [state, setState] = useState<UploadState<T>>({ phase: 'idle' });
  const start = useCallback(
    async (form: FormData) => {
      setState({ phase: 'sending', fraction: 0 });
      try {
        const result = await send(form, (fraction) => setState(fraction >= 1 ? { phase: 'reading' } : { phase: 'sending', fraction }));
        setState({ phase: 'done', result });
        // Figures accepted on arrival change the dashboard and series; a new source changes the lists.
        await qc.invalidateQueries();
      } catch (error) {
        setState({ phase: 'failed', error });
      }
    },
    [qc, send],
  );
  return { state, start, reset: () => setState({ phase: 'idle' }) };
}
