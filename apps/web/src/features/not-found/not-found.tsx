import { Link } from 'wouter';
import { useI18n } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('nf.title'));
  return (
    <section className="page">
      <h1>{t('nf.title')}</h1>
      <p>{t('nf.body')}</p>
      <p>
        <Link href="/">{t('nf.home')}</Link>
      </p>
    </section>
  );
}
