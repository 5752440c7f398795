import { useI18n } from '../../lib/i18n';
import { writeError } from './errors';

/** A failed write, announced: the message in the reader's language, the server's detail (English) below it. */
export function WriteError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  const { message, detail } = writeError(error, t);
  return (
    <div className="status status-error" role="alert">
      {title && <p className="status-title">{title}</p>}
      <p>{message}</p>
      {detail && (
        <p className="small">
          {t('err.detail', { detail: '' })}
          <span lang="en">{detail}</span>
        </p>
      )}
    </div>
  );
}
