import { useQuery } from '@tanstack/react-query';
import { regionName } from '../lib/display';
import { useI18n } from '../lib/i18n';
import { indicatorsQuery } from '../lib/queries';
import { useAfterPaint } from '../lib/use-after-paint';

/** A region picker that appears once the catalogue knows more than one region. */
export function RegionSelect({ value, onChange }: { value: string; onChange: (region: string) => void }) {
  const { lang, t } = useI18n();
  // The list is a nicety: ask for it once the page has painted, not in competition with the page's own data.
  const ready = useAfterPaint();
  const { data } = useQuery({ ...indicatorsQuery(), enabled: ready });
  if (!data || data.regions.length < 2) return null;
  return (
    <label className="field">
      <span className="field-label">{t('dash.region')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {data.regions.map((r) => (
          <option key={r.key} value={r.key}>
            {regionName(r, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
