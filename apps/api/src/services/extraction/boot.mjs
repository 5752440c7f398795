// Entry of the extraction worker: the worker runs TypeScript source, so it registers tsx before loading it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
