import { useI18n } from '../lib/i18n';
import { views, type View } from '../lib/url-state';

/** Chart or table: the pressed-button pair the indicator and compare-provinces pages share. */
export function ViewToggle({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('exp.view')}>
      {views.map((v) => (
        <button key={v} type="button" aria-pressed={value === v} onClick={() => onChange(v)}>
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
