import { useI18n } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AutoAcceptPolicy } from './auto-accept-policy';
import { RequireEditor } from './require-editor';
import { UploadCited } from './upload-cited';
import { UploadReport } from './upload-report';
import './editor.css';

export default function UploadPage() {
  const { t } = useI18n();
  useDocumentTitle(t('up.title'));
  return (
    <RequireEditor>
      {(session) => (
        <div className="page editor-narrow">
          <h1>{t('up.title')}</h1>
          <p className="lead">{t('up.intro')}</p>
          <AutoAcceptPolicy />
          <section className="section" aria-labelledby="report-title">
            <h2 id="report-title" className="visually-hidden">
              {t('up.title')}
            </h2>
            <UploadReport session={session} />
          </section>
          <section className="section" aria-labelledby="cited-title">
            <h2 id="cited-title">{t('cited.title')}</h2>
            <UploadCited session={session} />
          </section>
        </div>
      )}
    </RequireEditor>
  );
}
