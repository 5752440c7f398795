import type { ChildProcess } from 'node:child_process';

export declare const STARTED: RegExp;
export declare function serverStarted(child: ChildProcess, timeoutMs?: number): Promise<string>;
