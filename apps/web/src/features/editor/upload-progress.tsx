import { formatNumber } from '@chiso/shared';
import { useI18n } from '../../lib/i18n';
import type { UploadState } from './use-upload';

/** The bytes sent so far, then the wait while the server reads the document. */
export function UploadProgress<T>({ state }: { state: UploadState<T> }) {
  const { lang, t } = useI18n();
  if (state.phase !== 'sending' && state.phase !== 'reading') return null;
  const pct = state.phase === 'sending' ? Math.round(state.fraction * 100) : 100;
  return (
    <div className="upload-progress" role="status">
      <progress max={100} value={state.phase === 'reading' ? undefined : pct} aria-hidden="true" />
      <span>{state.phase === 'sending' ? t('up.sending', { pct: `${formatNumber(pct, lang)}%` }) : t('up.reading')}</span>
    </div>
  );
}
