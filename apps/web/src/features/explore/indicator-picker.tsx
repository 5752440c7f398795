import { categories, type IndicatorWithCoverage } from '@chiso/shared';
import { indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { maxCompared } from '../../lib/url-state';

/** Indicators grouped by category, as checkboxes: plain form controls work with every keyboard and screen reader. */
export function IndicatorPicker({
  indicators,
  selected,
  region,
  onChange,
}: {
  indicators: readonly IndicatorWithCoverage[];
  selected: readonly string[];
  region: string;
  onChange: (keys: string[]) => void;
}) {
  const { lang, t } = useI18n();
  const full = selected.length >= maxCompared;
  const toggle = (key: string, on: boolean) => onChange(on ? [...selected, key] : selected.filter((k) => k !== key));
  return (
    <details className="picker">
      <summary>
        {t('exp.choose')} ({selected.length}/{maxCompared})
      </summary>
      <div className="picker-body">
        {full && <p className="small muted">{t('exp.max', { n: maxCompared })}</p>}
        {categories.map((cat) => {
          const list = indicators.filter((i) => i.category === cat && i.coverage.some((c) => c.region === region && c.points > 0));
          if (list.length === 0) return null;
          return (
            <fieldset key={cat}>
              <legend>{t(`cat.${cat}`)}</legend>
              {list.map((ind) => {
                const on = selected.includes(ind.key);
                const cov = ind.coverage.find((c) => c.region === region);
                return (
                  <label key={ind.key} className="check">
                    <input type="checkbox" checked={on} disabled={!on && full} onChange={(e) => toggle(ind.key, e.target.checked)} />
                    <span>
                      {indicatorName(ind, lang)}
                      {cov && (
                        <span className="muted small">
                          {' '}
                          ({cov.first_year}–{cov.last_year})
                        </span>
                      )}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
