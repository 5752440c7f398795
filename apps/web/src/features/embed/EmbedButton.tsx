import type { SeriesResponse } from '@chiso/shared';
import type { ChartMode } from '@chiso/shared/chart';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../lib/i18n';

const EmbedDialog = lazy(() => import('./embed-dialog'));

export interface EmbedButtonProps {
  series: readonly SeriesResponse[];
  from?: number | undefined;
  to?: number | undefined;
  mode?: ChartMode | undefined;
}

/** "Nhúng / Embed": opens the embed options, a live preview and the code to copy (loaded on first use). */
export function EmbedButton(props: EmbedButtonProps) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  if (props.series.length === 0) return null;
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" data-embed-button onClick={() => setOpen(true)}>
        {lang === 'vi' ? 'Nhúng' : 'Embed'}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
