import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { serverStarted } from '../../../../scripts/lib/started.mjs';
import { repoRoot } from '../config';
import { fixtureDataDir } from './fixtures';

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Every line the server wrote to stdout so far (its JSON log and the start-up line). */
  lines: string[];
  /** Resolves once a line the server wrote (or writes within `ms`) satisfies `match`. */
  untilLine(match: (line: string) => boolean, ms?: number): Promise<string>;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

/** The real server (`server.ts`) in a child process on 127.0.0.1, on a port the system picks, ready when it says it listens. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  // node itself with tsx's loader, not tsx's CLI, which runs the script in a grandchild that a SIGKILL would miss.
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'apps/api/src/server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG: 'json', WEB_DIST: '/nonexistent', DATA_DIR: fixtureDataDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const added = new EventTarget();
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    if (parts.length) added.dispatchEvent(new Event('line'));
  });
  const untilLine = (match: (line: string) => boolean, ms = 10_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = lines.find(match);
        if (found === undefined) return;
        clearTimeout(timer);
        added.removeEventListener('line', check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        added.removeEventListener('line', check);
        reject(new Error(`no such line from the server within ${ms} ms`));
      }, ms);
      added.addEventListener('line', check);
      check();
    });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const base = await serverStarted(child).catch((e: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${e instanceof Error ? e.message : String(e)}: ${stderr}`);
  });
  return {
    base,
    child,
    lines,
    untilLine,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}
