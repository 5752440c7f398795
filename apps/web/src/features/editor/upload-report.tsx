import type { UploadResponse } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { regionName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { indicatorsQuery } from '../../lib/queries';
import { defaultRegion } from '../../lib/region';
import type { Session } from '../../lib/session';
import { editorApi, type UploadResult } from './api';
import { DropZone } from './drop-zone';
import { UploadProgress } from './upload-progress';
import { useUpload } from './use-upload';
import { WriteError } from './write-error';

function UploadDone({ result, onAgain }: { result: UploadResult<UploadResponse>; onAgain: () => void }) {
  const { t } = useI18n();
  const { source, created, facts } = result.body;
  const title = source.title ?? `#${source.id}`;
  const heading = useRef<HTMLParagraphElement>(null);
  return (
    <div className={`callout ${created ? 'callout-info' : ''} upload-result`} role="status">
      <p className="status-title" ref={heading}>
        {created ? t('up.created', { title }) : t('up.exists', { title })}
      </p>
      <p>{t('up.counts', facts)}</p>
      <p className="upload-links">
        <Link href={`/sources/${source.id}`}>{t('up.openSource')}</Link>
        {facts.pending > 0 && <Link href={`/review?source=${source.id}`}>{t('up.openReview', { n: facts.pending })}</Link>}
        <button type="button" className="link-button" onClick={onAgain}>
          {t('up.submit')}…
        </button>
      </p>
    </div>
  );
}

/** A report to read: the file, its region and what is known about it. */
export function UploadReport({ session }: { session: Session }) {
  const { lang, t } = useI18n();
  const catalogue = useQuery(indicatorsQuery());
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const send = useCallback((form: FormData, p: (f: number) => void) => editorApi.uploadReport(session, form, p), [session]);
  const { state, start, reset } = useUpload(send);
  const busy = state.phase === 'sending' || state.phase === 'reading';

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    const form = new FormData(e.currentTarget);
    form.delete('file');
    form.set('file', file);
    void start(form);
  };

  if (state.phase === 'done') {
    return (
      <UploadDone
        result={state.result}
        onAgain={() => {
          setFile(null);
          reset();
        }}
      />
    );
  }

  // While the catalogue loads, the default region is offered by its key; names arrive with the catalogue.
  const regions = catalogue.data?.regions ?? [{ key: defaultRegion, name_vi: defaultRegion, name_en: defaultRegion }];
  return (
    <form className="editor-form" onSubmit={submit} noValidate aria-busy={busy}>
      <DropZone
        label={t('up.file')}
        hint={t('up.formats')}
        accept=".pdf,.docx,.doc,.html,.htm,.txt,.csv,.xlsx,.xls,.ods,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,text/plain,text/html,text/csv,image/png,image/jpeg,image/tiff,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
        file={file}
        missing={missingFile}
        onFile={(f) => {
          setFile(f);
          setMissingFile(false);
        }}
      />
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('up.region')}</span>
          <select name="region" defaultValue={defaultRegion}>
            {regions.map((r) => (
              <option key={r.key} value={r.key}>
                {regionName(r, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('up.published')}</span>
          <input name="published" className="input" inputMode="numeric" placeholder="YYYY-MM-DD" title={t('up.publishedHint')} pattern="\d{4}(-\d{2}(-\d{2})?)?" />
        </label>
        <label className="field field-wide">
          <span className="field-label">{t('up.docTitle')}</span>
          <input name="title" className="input" maxLength={500} lang="vi" />
        </label>
        <label className="field">
          <span className="field-label">{t('up.publisher')}</span>
          <input name="publisher" className="input" maxLength={200} lang="vi" />
        </label>
        <label className="field">
          <span className="field-label">{t('up.url')}</span>
          <input name="url" type="url" className="input" placeholder="https://" />
        </label>
      </div>
      <UploadProgress state={state} />
      {state.phase === 'failed' && <WriteError error={state.error} title={t('up.failed')} />}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('up.submit')}
      </button>
    </form>
  );
}
