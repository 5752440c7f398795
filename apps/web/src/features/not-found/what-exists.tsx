import { categories } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { QueryView } from '../../components/status';
import { indicatorName, regionName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { indicatorsQuery } from '../../lib/queries';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * What a reader sees for an indicator, region or year that does not exist: which one, and what does exist, with
 * links, instead of an error and a retry that cannot help.
 */
export function WhatExists({ missing }: { missing: { indicator?: string | undefined; region?: string | undefined } }) {
  const { lang, t } = useI18n();
  const catalogue = useQuery(indicatorsQuery());
  useDocumentTitle(t('nf.title'));
  return (
    <section className="what-exists" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('nf.title')}</h1>
      <QueryView query={catalogue}>
        {(c) => {
          const knownIndicator = missing.indicator === undefined || c.indicators.some((i) => i.key === missing.indicator);
          const knownRegion = missing.region === undefined || c.regions.some((r) => r.key === missing.region);
          return (
            <>
              {!knownIndicator && <p className="lead">{t('nf.indicator', { key: missing.indicator ?? '' })}</p>}
              {!knownRegion && <p className="lead">{t('nf.region', { key: missing.region ?? '' })}</p>}
              {knownIndicator && knownRegion && <p className="lead">{t('nf.body')}</p>}
              <h2>{t('nf.indicators')}</h2>
              {categories.map((cat) => {
                const list = c.indicators.filter((i) => i.category === cat);
                return list.length === 0 ? null : (
                  <div key={cat}>
                    <h3>{t(`cat.${cat}`)}</h3>
                    <ul className="link-list" role="list">
                      {list.map((i) => (
                        <li key={i.key}>
                          <Link href={`/indicators/${i.key}`}>{indicatorName(i, lang)}</Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
              {!knownRegion && (
                <>
                  <h2>{t('nf.regions')}</h2>
                  <ul className="link-list" role="list">
                    {c.regions
                      .filter((r) => r.level === 'province' && r.valid_to === null)
                      .map((r) => (
                        <li key={r.key}>
                          <Link href={`/?region=${r.key}`}>{regionName(r, lang)}</Link>
                        </li>
                      ))}
                  </ul>
                </>
              )}
              <p>
                <Link href="/">{t('nf.home')}</Link>
              </p>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
