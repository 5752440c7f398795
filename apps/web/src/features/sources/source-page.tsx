import { formatDate, type Fact, type IndicatorWithCoverage, type SourceDetail } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from 'wouter';
import { Badge, MachineReadBadge } from '../../components/badge';
import { ErrorState, Loading } from '../../components/status';
import { ApiError } from '../../lib/api';
import { displayValue, indicatorName, outlet, sourceName, textLang } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { indicatorsQuery, sourceQuery } from '../../lib/queries';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MarkedText } from './marked-text';
import { hasPageBox, PageImages } from './page-images';

function SourceView({ source, indicators, focusFact }: { source: SourceDetail; indicators: readonly IndicatorWithCoverage[]; focusFact: number | undefined }) {
  const { lang, t } = useI18n();
  const name = sourceName(source, lang);
  const title = name.text;
  useDocumentTitle(title);
  const facts = source.fact_list.filter((f) => f.status !== 'rejected');
  const describe = (f: Fact): string => {
    const ind = indicators.find((i) => i.key === f.indicator);
    const name = ind ? indicatorName(ind, lang) : f.indicator;
    const value = ind && f.value !== null ? displayValue(f.value, ind.unit, lang, f.approx) : '';
    return `${name} ${f.year}: ${value}`;
  };
  const marked = source.text ? facts.filter((f) => f.start !== null && f.end !== null).length : 0;
  return (
    <>
      <p className="eyebrow">
        <Link href="/sources">{t('src.all')}</Link>
      </p>
      <h1 lang={name.title ? textLang(name.title) : undefined}>{title}</h1>
      <p className="meta-line">
        {[outlet(source), t(`kind.${source.kind}`), source.published_on ? formatDate(source.published_on, lang) : null].filter(Boolean).join(' · ')}
        {source.url && (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t('prov.open')}
              <span aria-hidden="true"> ↗</span>
            </a>
          </>
        )}
      </p>
      <div className="source-layout">
        <div className="source-main">
          <section aria-labelledby="doc-title" className="source-text">
            <h2 id="doc-title">{t('src.text')}</h2>
            {source.text ? (
              <>
                <p className="small muted">{t('src.marked', { n: marked })}</p>
                {/* arriving from a figure boxed on a scanned page, the page scrolls to its box instead */}
                <MarkedText text={source.text} facts={facts} focusFact={focusFact} describe={describe} scrollPage={!hasPageBox(source.pages, focusFact)} />
              </>
            ) : (
              <p className="status status-empty">{t('src.noText')}</p>
            )}
          </section>
          <PageImages pages={source.pages} text={source.text} facts={facts} focusFact={focusFact} describe={describe} />
        </div>
        <section aria-labelledby="facts-title" className="source-facts">
          <h2 id="facts-title">{t('src.figures')}</h2>
          <ul className="plain-list" role="list">
            {facts
              .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year)
              .map((f) => {
                const ind = indicators.find((i) => i.key === f.indicator);
                return (
                  <li key={f.id} className={f.id === focusFact ? 'is-focus' : undefined}>
                    <Link href={`/indicators/${f.indicator}?year=${f.year}`}>{ind ? indicatorName(ind, lang) : f.indicator}</Link>{' '}
                    <span className="nowrap">
                      {f.year}: {ind && f.value !== null ? displayValue(f.value, ind.unit, lang, f.approx) : '–'}
                    </span>{' '}
                    {f.qualifier !== 'actual' && <Badge tone={f.qualifier}>{t(`q.${f.qualifier}`)}</Badge>}
                    {f.status === 'pending' && <Badge>{t('src.pending')}</Badge>}
                    {f.machine_read && <MachineReadBadge />}
                    {source.text && f.start !== null && (
                      <>
                        {' '}
                        <a href={`#fact-${f.id}`} className="small">
                          ¶
                          <span className="visually-hidden">{t('prov.inDocument')}</span>
                        </a>
                      </>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      </div>
    </>
  );
}

export default function SourcePage() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const search = useSearch();
  const factParam = new URLSearchParams(search).get('fact');
  const focusFact = factParam && /^\d+$/.test(factParam) ? Number(factParam) : undefined;
  const sourceId = /^\d+$/.test(id) ? Number(id) : -1;
  const source = useQuery(sourceQuery(sourceId));
  const catalogue = useQuery(indicatorsQuery());
  return (
    <div className="page source">
      {source.isPending ? (
        <Loading height={600} page />
      ) : source.isError ? (
        source.error instanceof ApiError && source.error.status === 404 ? (
          <section aria-labelledby="nf-title">
            <h1 id="nf-title">{t('nf.title')}</h1>
            <p className="lead">{t('nf.source', { id })}</p>
            <p>
              <Link href="/sources">{t('src.all')}</Link>
            </p>
          </section>
        ) : (
          <ErrorState error={source.error} onRetry={() => void source.refetch()} />
        )
      ) : (
        <SourceView source={source.data} indicators={catalogue.data?.indicators ?? []} focusFact={focusFact} />
      )}
    </div>
  );
}
