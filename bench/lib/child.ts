import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverStarted } from '../../scripts/lib/started.mjs';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Runs a TypeScript entry point of the repo under tsx as a child process (node itself, so its pid is the program's). */
export function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  // BENCH_NODE_ARGS: node flags for the program under test, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
  const flags = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return spawn(process.execPath, [...flags, '--import', 'tsx', resolve(repoRoot, entry), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** A server entry point started on port 0: resolves once it says where it listens. */
export async function startServer(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; base: string }> {
  const child = spawnTs(entry, args, { PORT: '0', HOST: '127.0.0.1', ...env });
  child.stdout!.resume();
  try {
    return { child, base: await serverStarted(child) };
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
