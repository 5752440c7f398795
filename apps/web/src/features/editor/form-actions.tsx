import { useI18n } from '../../lib/i18n';

/** The footer of a review form: submit (saving… while busy) and cancel. */
export function FormActions({ label, busy, danger, onCancel }: { label: string; busy: boolean; danger?: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="toolbar">
      <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy}>
        {busy ? t('rev.saving') : label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('rev.cancel')}
      </button>
    </div>
  );
}
