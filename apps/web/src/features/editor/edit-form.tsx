import { approxes, qualifiers, type Fact, type FactPatch, type IndicatorWithCoverage } from '@chiso/shared';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import type { MessageKey } from '../../lib/messages';
import { draftOf, patchOf, type DraftField, type EditDraft } from './edit-draft';
import { FormActions } from './form-actions';

/** Correct a figure (indicator, year, value, qualifier, approx, change, plan) and accept it; Escape cancels. */
export function EditForm({
  fact,
  indicators,
  busy,
  onSave,
  onCancel,
}: {
  fact: Fact;
  indicators: readonly IndicatorWithCoverage[];
  busy: boolean;
  onSave: (patch: FactPatch) => void;
  onCancel: () => void;
}) {
  const { lang, t } = useI18n();
  const [draft, setDraft] = useState<EditDraft>(() => draftOf(fact, lang));
  const [errors, setErrors] = useState<Partial<Record<DraftField, MessageKey>>>({});
  const [summary, setSummary] = useState<MessageKey | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  const id = useId();
  useEffect(() => first.current?.focus(), []);

  const set = (field: DraftField) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = patchOf(draft, fact, lang);
    if (r.ok) {
      setErrors({});
      setSummary(null);
      onSave(r.patch);
      return;
    }
    setErrors(r.errors);
    setSummary(r.nothing ? 'edit.nothing' : 'edit.fix');
    const bad = Object.keys(r.errors)[0];
    if (bad) document.getElementById(`${id}-${bad}`)?.focus();
  };

  const field = (name: DraftField, label: string, input: ReactNode, wide = false) => (
    <label className={`field${wide ? ' field-wide' : ''}`}>
      <span className="field-label">{label}</span>
      {input}
      {errors[name] && (
        <span className="field-error" id={`${id}-${name}-error`}>
          {t(errors[name])}
        </span>
      )}
    </label>
  );
  const numberInput = (name: DraftField) => (
    <input
      id={`${id}-${name}`}
      className="input"
      inputMode="decimal"
      value={draft[name]}
      onChange={set(name)}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
    />
  );

  return (
    <form
      className="editor-form edit-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('edit.title')}</h3>
      <div className="form-grid">
        {field(
          'indicator',
          t('edit.indicator'),
          <select id={`${id}-indicator`} ref={first} value={draft.indicator} onChange={set('indicator')}>
            {indicators.map((i) => (
              <option key={i.key} value={i.key}>
                {indicatorName(i, lang)}
              </option>
            ))}
          </select>,
          true,
        )}
        {field('year', t('edit.year'), numberInput('year'))}
        {draft.range ? (
          <>
            {field('value_min', t('field.value_min'), numberInput('value_min'))}
            {field('value_max', t('field.value_max'), numberInput('value_max'))}
          </>
        ) : (
          field('value', t('edit.value'), numberInput('value'))
        )}
        {field(
          'qualifier',
          t('edit.qualifier'),
          <select id={`${id}-qualifier`} value={draft.qualifier} onChange={(e) => setDraft((d) => ({ ...d, qualifier: qualifiers.find((q) => q === e.target.value) ?? d.qualifier }))}>
            {qualifiers.map((q) => (
              <option key={q} value={q}>
                {t(`q.${q}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'approx',
          t('edit.approx'),
          <select id={`${id}-approx`} value={draft.approx} onChange={(e) => setDraft((d) => ({ ...d, approx: approxes.find((a) => a === e.target.value) ?? d.approx }))}>
            {approxes.map((a) => (
              <option key={a} value={a}>
                {a === 'exact' ? t('edit.exact') : t(`approx.${a}`)}
              </option>
            ))}
          </select>,
        )}
        {field('change_pct', t('edit.change'), numberInput('change_pct'))}
        {field('change_vs_year', t('edit.changeVs'), numberInput('change_vs_year'))}
        {field('plan_pct', t('edit.plan'), numberInput('plan_pct'))}
        {field('reason', t('edit.reason'), <input id={`${id}-reason`} className="input" value={draft.reason} onChange={set('reason')} maxLength={1000} />, true)}
      </div>
      {summary && (
        <p className="field-error" role="alert">
          {t(summary)}
        </p>
      )}
      <FormActions label={t('edit.save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
