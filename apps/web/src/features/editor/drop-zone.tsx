import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../lib/i18n';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file field that also takes a file dropped on it; the input itself stays the keyboard's way in. */
export function DropZone({
  label,
  hint,
  accept,
  file,
  onFile,
  missing,
}: {
  label: string;
  hint: string;
  accept: string;
  file: File | null;
  onFile: (file: File | null) => void;
  /** The form was sent without a file: the zone is marked and says so until one is chosen. */
  missing?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  const invalid = missing && !file;
  return (
    <>
      <div
        className={`drop-zone${over ? ' is-over' : ''}${invalid ? ' is-invalid' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span className="field-label">{label}</span>
        <span>
          {t('up.drop')}{' '}
          <label htmlFor={id} className="drop-choose">
            {t('up.choose')}
          </label>
        </span>
        <input
          id={id}
          type="file"
          accept={accept}
          className="drop-input"
          aria-invalid={invalid ? true : undefined}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
        <span className="small muted">{hint}</span>
        {file && (
          <span className="small drop-chosen" aria-live="polite">
            {t('up.chosen', { name: file.name, size: size(file.size) })}
          </span>
        )}
      </div>
      {invalid && (
        <p className="field-error" role="alert">
          {t('up.noFile')}
        </p>
      )}
    </>
  );
}
