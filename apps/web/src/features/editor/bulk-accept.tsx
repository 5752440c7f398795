import type { Fact } from '@chiso/shared';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../lib/i18n';

/** Accept a source's pending figures at or above a confidence, counting them before the button is pressed. */
export function BulkAccept({
  sourceId,
  pending,
  busy,
  onAccept,
}: {
  sourceId: number;
  pending: readonly Fact[];
  busy: boolean;
  onAccept: (sourceId: number, minConfidence: number) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [pct, setPct] = useState('80');
  const n = Number(pct);
  const valid = pct.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100;
  const count = valid ? pending.filter((f) => f.source_id === sourceId && f.confidence !== null && f.confidence >= n / 100).length : 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid && count > 0) onAccept(sourceId, n / 100);
  };
  return (
    <form className="bulk-accept" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h3">
        {t('rev.bulkTitle')}
      </h2>
      <div className="toolbar">
        <label className="field">
          <span className="field-label">{t('rev.bulkLabel')}</span>
          <input className="input input-short" type="number" min={0} max={100} step={1} value={pct} onChange={(e) => setPct(e.target.value)} aria-invalid={!valid || undefined} />
        </label>
        <button type="submit" className="button" disabled={busy || !valid || count === 0}>
          {count === 1 ? t('rev.bulkButton1') : t('rev.bulkButton', { n: count })}
        </button>
      </div>
    </form>
  );
}
