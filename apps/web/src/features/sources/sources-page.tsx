import { formatDate } from '@chiso/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Badge } from '../../components/badge';
import { Empty, QueryView } from '../../components/status';
import { outlet, sourceName, textLang } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { sourcesQuery } from '../../lib/queries';
import { useDocumentTitle } from '../../lib/use-document-title';

export default function SourcesPage() {
  const { lang, t, tn } = useI18n();
  useDocumentTitle(t('src.title'));
  const query = useInfiniteQuery(sourcesQuery());
  return (
    <div className="page sources">
      <div className="page-head">
        <div>
          <h1>{t('src.title')}</h1>
          <p className="lead">{t('src.intro')}</p>
        </div>
      </div>
      <QueryView query={query} loadingHeight={400}>
        {({ pages }) => {
          const sources = pages.flatMap((p) => p.sources);
          const total = pages.at(-1)?.total ?? 0;
          return sources.length === 0 ? (
            <Empty>{t('src.empty')}</Empty>
          ) : (
            <>
              <ul className="source-rows" role="list">
                {sources.map((s) => {
                  const who = outlet(s);
                  const name = sourceName(s, lang);
                  return (
                    <li key={s.id}>
                      <Link href={`/sources/${s.id}`} className="source-name" lang={name.title ? textLang(name.title) : undefined}>
                        {name.text}
                      </Link>
                      <p className="small muted">
                        {[name.title ? who : null, t(`kind.${s.kind}`), name.title && s.published_on ? formatDate(s.published_on, lang) : null, tn('ind.figures', s.facts.accepted)]
                          .filter(Boolean)
                          .join(' · ')}
                        {s.format !== null && s.format !== 'csv' && (
                          <>
                            {' '}
                            <Badge tone="info">{t('src.hasText')}</Badge>
                          </>
                        )}
                      </p>
                    </li>
                  );
                })}
              </ul>
              {sources.length < total && (
                <p className="small muted">
                  {t('src.shown', { n: sources.length, total })}{' '}
                  <button type="button" className="btn" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                    {t('src.more')}
                  </button>
                </p>
              )}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
