import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const run = (args: string[]): Promise<{ stdout: string; stderr: string }> => promisify(execFile)(process.execPath, ['--import', 'tsx', join(here, 'cli.ts'), ...args], { cwd: join(here, '..', '..', '..') });

describe('npm run extract (the command-line contract)', () => {
  it('prints a JSON array of facts, each with auto_accept and its evidence; warns on a region outside the catalogue', async () => {
    const { stdout, stderr } = await run([join(here, '..', 'corpus', 'reports', 'tay-lam-2021-report.pdf'), '--region', 'tay-lam', '--json']);
    const facts = JSON.parse(stdout) as { auto_accept: unknown; confidence: number; evidence: { stage: string; code: string; note: string }[] }[];
    expect(facts.length).toBeGreaterThan(5);
    for (const f of facts) {
      expect(typeof f.auto_accept).toBe('boolean');
      expect(f.evidence.length).toBeGreaterThan(0);
    }
    expect(stderr).toMatch(/warning: region "tay-lam" is not in data\/regions\.csv/);
  }, 60_000);

  it('reads a catalogue region without a warning', async () => {
    const { stderr } = await run([join(here, '..', 'corpus', 'reports', 'danang-2019-review.txt'), '--region', 'da-nang', '--json']);
    expect(stderr).toBe('');
  }, 60_000);
});
