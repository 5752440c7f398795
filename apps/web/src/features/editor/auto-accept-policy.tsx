import type { Settings } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { displayPercent } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { settingsQuery } from '../../lib/queries';

/** What an upload does with the figures the machine reads (the AUTO_ACCEPT setting), in words. */
export function AutoAcceptText({ settings }: { settings: Settings }) {
  const { lang, t } = useI18n();
  const { policy, threshold } = settings.auto_accept;
  if (policy === 'off') return <>{t('up.policyOff')}</>;
  if (threshold === null) return <>{t('up.policyNoThreshold')}</>;
  return <>{t('up.policyCalibrated', { threshold: displayPercent(Math.round(threshold * 1000) / 10, lang) })}</>;
}

export function AutoAcceptPolicy() {
  const settings = useQuery(settingsQuery());
  if (!settings.isSuccess) return null;
  return (
    <p className="lead" data-auto-accept={settings.data.auto_accept.policy}>
      <AutoAcceptText settings={settings.data} />
    </p>
  );
}
