import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A worker thread of the API. Built (apps/api/dist), its entry is plain JavaScript beside the server, named `built`
 * in scripts/build.mjs; from source, boot.mjs registers tsx and loads the TypeScript entry `source`.
 */
export function startThread(built: string, source: URL, resourceLimits?: ResourceLimits): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL(`./${built}`, import.meta.url), { resourceLimits });
  return new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry: source.href }, resourceLimits });
}
