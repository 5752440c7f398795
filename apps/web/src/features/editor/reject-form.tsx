import { RejectBody } from '@chiso/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../lib/i18n';
import { FormActions } from './form-actions';

/** Rejecting asks why: the reason stays in the figure's history. Escape cancels. */
export function RejectForm({ busy, onReject, onCancel }: { busy: boolean; onReject: (reason: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = RejectBody.safeParse({ reason });
    if (!body.success) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    onReject(body.data.reason);
  };
  return (
    <form
      className="editor-form reject-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <label className="field field-wide">
        <span className="field-label">{t('rev.reasonLabel')}</span>
        <textarea
          ref={input}
          className="input"
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) submit(e);
          }}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
        />
      </label>
      {missing && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t('rev.reasonRequired')}
        </p>
      )}
      <FormActions label={t('rev.reject')} busy={busy} danger onCancel={onCancel} />
    </form>
  );
}
