import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { serverStarted, STARTED } from '../../scripts/lib/started.mjs';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * Runs a TypeScript entry point of the repo under tsx as a child process (node itself, so its pid is the program's);
 * its stdout is a pipe to this process, or the file `stdoutFile`.
 */
export function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv = {}, stdoutFile?: string): ChildProcess {
  // BENCH_NODE_ARGS: node flags for the program under test, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
  const flags = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const fd = stdoutFile === undefined ? undefined : openSync(stdoutFile, 'w');
  try {
    return spawn(process.execPath, [...flags, '--import', 'tsx', resolve(repoRoot, entry), ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', fd ?? 'pipe', 'inherit'],
    });
  } finally {
    // The child holds its own copy of the descriptor.
    if (fd !== undefined) closeSync(fd);
  }
}

/** Resolves to the base URL once the server has written its start line to `file`; rejects if it exits first or takes too long. */
async function startedInFile(child: ChildProcess, file: string, timeoutMs = 90_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const m = STARTED.exec(readFileSync(file, 'utf8'));
    if (m) return m[1]!;
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.signalCode ?? child.exitCode}) before it listened`);
    if (Date.now() > until) throw new Error(`the server did not listen within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * A server entry point started on port 0: resolves once it says where it listens. With `logFile`, its stdout (the
 * start line, then its request log) goes to that file, as a deployed server's log goes to a file or a journal, and
 * not through a pipe to this process: a load generator that also had to read the log would slow the server it
 * measures (decision 0065).
 */
export async function startServer(entry: string, args: string[], env: NodeJS.ProcessEnv = {}, logFile?: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawnTs(entry, args, { PORT: '0', HOST: '127.0.0.1', ...env }, logFile);
  child.stdout?.resume();
  try {
    return { child, base: logFile === undefined ? await serverStarted(child) : await startedInFile(child, logFile) };
  } catch (e) {
    await stop(child);
    throw e;
  }
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    child.once('exit', () => res());
    child.kill('SIGTERM');
  });
}
