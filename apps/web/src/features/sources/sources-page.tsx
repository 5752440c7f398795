import { formatDate } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Empty, QueryView } from '../../components/status';
import { outlet } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { sourcesQuery } from '../../lib/queries';
import { useDocumentTitle } from '../../lib/use-document-title';

export default function SourcesPage() {
  const { lang, t } = useI18n();
  useDocumentTitle(t('src.title'));
  const query = useQuery(sourcesQuery());
  return (
    <div className="page sources">
      <div className="page-head">
        <div>
          <h1>{t('src.title')}</h1>
          <p className="lead">{t('src.intro')}</p>
        </div>
      </div>
      <QueryView query={query} loadingHeight={400}>
        {({ sources }) =>
          sources.length === 0 ? (
            <Empty>{t('src.empty')}</Empty>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('src.title')}>
              <table className="data-table sources-table">
                <thead>
                  <tr>
                    <th scope="col">{t('src.colTitle')}</th>
                    <th scope="col">{t('src.colPublisher')}</th>
                    <th scope="col">{t('src.colKind')}</th>
                    <th scope="col">{t('src.colDate')}</th>
                    <th scope="col" className="num">{t('src.colFigures')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...sources]
                    .sort((a, b) => (b.published_on ?? '').localeCompare(a.published_on ?? ''))
                    .map((s) => (
                      <tr key={s.id}>
                        <td>
                          <Link href={`/sources/${s.id}`} lang="vi">
                            {s.title ?? outlet(s) ?? t('src.untitled')}
                          </Link>
                        </td>
                        <td>{outlet(s) ?? '–'}</td>
                        <td>{t(`kind.${s.kind}`)}</td>
                        <td className="nowrap">{s.published_on ? formatDate(s.published_on, lang) : '–'}</td>
                        <td className="num">{s.facts.accepted}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </div>
  );
}
