import type { RegionInfo } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { regionName } from '../lib/display';
import { useI18n, type Translate } from '../lib/i18n';
import { regionsQuery } from '../lib/queries';

/** The catalogue as the picker groups it: the country, today's provinces, the former ones (with their end date). */
export function regionGroups(regions: readonly RegionInfo[], t: Translate) {
  return [
    { label: t('region.country'), regions: regions.filter((r) => r.level === 'country') },
    { label: t('region.current'), regions: regions.filter((r) => r.level !== 'country' && r.current) },
    { label: t('region.former'), regions: regions.filter((r) => r.level !== 'country' && !r.current) },
  ].filter((g) => g.regions.length > 0);
}

/** The region picker: every region of GET /regions, grouped; the one in the URL stays chosen while the list loads. */
export function RegionSelect({ value, onChange, label, placeholder }: { value: string; onChange: (region: string) => void; label?: string; placeholder?: string }) {
  const { lang, t } = useI18n();
  const { data } = useQuery(regionsQuery());
  const groups = data ? regionGroups(data.regions, t) : [];
  return (
    <label className="field">
      <span className="field-label">{label ?? t('dash.region')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {data ? (
          groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.regions.map((r) => (
                <option key={r.key} value={r.key}>
                  {regionName(r, lang)}
                  {r.valid_to ? ` (${t('region.until', { date: r.valid_to })})` : ''}
                </option>
              ))}
            </optgroup>
          ))
        ) : (
          value && <option value={value}>{value}</option>
        )}
      </select>
    </label>
  );
}
