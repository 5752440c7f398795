// The threshold alone: the readers and the extractor stay in the extraction worker.
import { AUTO_ACCEPT_THRESHOLD } from '@chiso/extract/confidence';
import { Settings } from '@chiso/shared';
import type { AppDeps } from '../context';
import { json } from '../http/body';
import { read, type ApiRouter } from '../http/route';

/** The settings that decide what the public sees: how figures read by the machine are accepted. */
export function settingsRoute(app: ApiRouter, deps: AppDeps): void {
  read(
    app,
    deps.reads,
    {
      path: '/settings',
      summary: 'How uploaded figures are accepted: the auto-accept policy (AUTO_ACCEPT: off or calibrated) and its confidence threshold',
      summaryVi: 'Cách số liệu tải lên được chấp nhận: chính sách tự động chấp nhận (AUTO_ACCEPT: off hoặc calibrated) và ngưỡng tin cậy',
      example: '/api/v1/settings',
      tag: 'editors',
      response: { type: 'application/json', schema: Settings },
    },
    async () => {
      const body: Settings = { auto_accept: { policy: deps.autoAccept, threshold: deps.autoAccept === 'calibrated' ? AUTO_ACCEPT_THRESHOLD : null } };
      return json(body);
    },
  );
}
