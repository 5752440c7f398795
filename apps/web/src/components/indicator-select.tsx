import type { Indicator } from '@chiso/shared';
import { indicatorName } from '../lib/display';
import { useI18n } from '../lib/i18n';

/** One indicator of the catalogue, by name in the page's language. */
export function IndicatorSelect({ indicators, value, onChange }: { indicators: readonly Indicator[]; value: string | undefined; onChange: (key: string) => void }) {
  const { lang, t } = useI18n();
  return (
    <label className="field">
      <span className="field-label">{t('rank.indicator')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {indicators.map((i) => (
          <option key={i.key} value={i.key}>
            {indicatorName(i, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
