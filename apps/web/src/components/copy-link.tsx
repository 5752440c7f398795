import { useState } from 'react';
import { useI18n } from '../lib/i18n';

/** Copies the page's address (with its state in the query string) and says so. */
export function CopyLink() {
  const { t } = useI18n();
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setDone('copied');
    } catch {
      setDone('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()} data-copy-link="">
        {t('share.copy')}
      </button>
      <span className="small muted" role="status">
        {done === 'copied' ? t('share.copied') : done === 'failed' ? t('share.failed') : ''}
      </span>
    </>
  );
}
