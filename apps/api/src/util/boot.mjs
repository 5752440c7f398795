// Entry of a worker thread run from source (util/thread.ts): the worker runs TypeScript, so it registers tsx before loading it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
