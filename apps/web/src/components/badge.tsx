import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

export type BadgeTone = 'neutral' | 'estimate' | 'target' | 'conflict' | 'info' | 'machine-read';

export function Badge({ tone = 'neutral', title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

/** A figure no person has reviewed: the words every surface uses, in the dotted frame the charts draw around it. */
export function MachineReadBadge() {
  const { t } = useI18n();
  return (
    <Badge tone="machine-read" title={t('badge.machineReadTitle')}>
      {t('badge.machineRead')}
    </Badge>
  );
}
