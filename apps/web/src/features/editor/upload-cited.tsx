import { citedFactColumns, type CitedUploadReport } from '@chiso/shared';
import { useCallback, useState, type FormEvent } from 'react';
import { useI18n } from '../../lib/i18n';
import type { Session } from '../../lib/session';
import { editorApi } from './api';
import { DropZone } from './drop-zone';
import { UploadProgress } from './upload-progress';
import { useUpload } from './use-upload';
import { WriteError } from './write-error';

function CitedReport({ report }: { report: CitedUploadReport }) {
  const { t } = useI18n();
  return (
    <div className="cited-report" role="status">
      <p className="status-title">
        {t('cited.summary', { rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, invalid: report.invalid_total })}
      </p>
      {report.invalid.length === 0 ? (
        <p>{t('cited.allValid')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('cited.invalidTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cited.line')}</th>
                <th scope="col">{t('cited.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.invalid.map((row) => (
                <tr key={row.line}>
                  <th scope="row">{row.line}</th>
                  <td lang="en">{row.errors.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** A CSV of figures published elsewhere: valid rows land, invalid ones come back with their line and reason. */
export function UploadCited({ session }: { session: Session }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const send = useCallback((form: FormData, p: (f: number) => void) => editorApi.uploadCited(session, form, p), [session]);
  const { state, start } = useUpload(send);
  const busy = state.phase === 'sending' || state.phase === 'reading';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    const form = new FormData();
    form.set('file', file);
    void start(form);
  };

  return (
    <form className="editor-form" onSubmit={submit} noValidate aria-busy={busy}>
      <p className="small">
        {t('cited.intro')} <code className="columns">{citedFactColumns.join(', ')}</code>
      </p>
      <DropZone
        label={t('cited.file')}
        hint=".csv"
        accept=".csv,text/csv"
        file={file}
        missing={missingFile}
        onFile={(f) => {
          setFile(f);
          setMissingFile(false);
        }}
      />
      <UploadProgress state={state} />
      {state.phase === 'failed' && <WriteError error={state.error} title={t('up.failed')} />}
      {state.phase === 'done' && <CitedReport report={state.result.body} />}
      <button type="submit" className="button" disabled={busy}>
        {t('cited.submit')}
      </button>
    </form>
  );
}
