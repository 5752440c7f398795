import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractedFact } from '@chiso/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyTally, runCorpus, summary, tallyDocument, type Gold, type Tally } from './score';

/**
 * A regression guard, not a quality figure: every rule was tuned on these sets (the project corpus, our own fixtures,
 * and blind rounds once scored), so their scores say nothing of a document the extractor has never seen. The
 * first-sight scores of the blind rounds (decision 0006, `npm run bench -- extract`) are the quality figure.
 */
const here = dirname(fileURLToPath(import.meta.url));
/** The bar each set keeps: 0.97 F1 and precision, 0.95 per attribute; a round folded before its failures were all read keeps the score it has now, so that no change loses what it reads (decision 0006). */
const bar = { f1: 0.97, precision: 0.97, attribute: 0.95 };
const sets: Record<string, { dir: string; floor: typeof bar }> = {
  corpus: { dir: join(here, '..', 'corpus'), floor: bar },
  fixtures: { dir: join(here, 'fixtures'), floor: bar },
  'round-1': { dir: join(here, '..', 'blind', 'round-1'), floor: bar },
  'round-2': { dir: join(here, '..', 'blind', 'round-2'), floor: { f1: 0.94, precision: 0.95, attribute: 0.95 } },
  'round-3': { dir: join(here, '..', 'blind', 'round-3'), floor: { f1: 0.89, precision: 0.85, attribute: 0.8 } },
  'round-4': { dir: join(here, '..', 'blind', 'round-4'), floor: { f1: 0.89, precision: 0.9, attribute: 0.9 } },
  'round-5': { dir: join(here, '..', 'blind', 'round-5'), floor: { f1: 0.97, precision: 0.98, attribute: 0.93 } },
  'round-6': { dir: join(here, '..', 'blind', 'round-6'), floor: { f1: 0.9, precision: 0.93, attribute: 0.94 } },
  'round-7': { dir: join(here, '..', 'blind', 'round-7'), floor: { f1: 0.85, precision: 0.86, attribute: 0.95 } },
  'round-8': { dir: join(here, '..', 'blind', 'round-8'), floor: { f1: 0.97, precision: 0.98, attribute: 0.83 } },
  'round-9': { dir: join(here, '..', 'blind', 'round-9'), floor: { f1: 0.98, precision: 0.98, attribute: 0.81 } },
  'round-10': { dir: join(here, '..', 'blind', 'round-10'), floor: { f1: 0.92, precision: 0.92, attribute: 0.95 } },
  'round-11': { dir: join(here, '..', 'blind', 'round-11'), floor: { f1: 0.94, precision: 0.96, attribute: 0.73 } },
  'round-12': { dir: join(here, '..', 'blind', 'round-12'), floor: { f1: 0.98, precision: 0.99, attribute: 0.94 } },
  'round-13': { dir: join(here, '..', 'blind', 'round-13'), floor: { f1: 0.88, precision: 0.92, attribute: 0.95 } },
  'round-14': { dir: join(here, '..', 'blind', 'round-14'), floor: { f1: 0.98, precision: 0.97, attribute: 0.93 } },
  'round-15': { dir: join(here, '..', 'blind', 'round-15'), floor: { f1: 0.92, precision: 0.94, attribute: 0.71 } },
  'round-16': { dir: join(here, '..', 'blind', 'round-16'), floor: { f1: 0.92, precision: 0.91, attribute: 0.98 } },
  'round-17': { dir: join(here, '..', 'blind', 'round-17'), floor: { f1: 0.97, precision: 0.98, attribute: 0.98 } },
  'round-18': { dir: join(here, '..', 'blind', 'round-18'), floor: { f1: 0.98, precision: 0.98, attribute: 0.86 } },
  'round-19': { dir: join(here, '..', 'blind', 'round-19'), floor: { f1: 0.97, precision: 0.99, attribute: 0.98 } },
  'round-20': { dir: join(here, '..', 'blind', 'round-20'), floor: { f1: 0.96, precision: 0.98, attribute: 0.61 } },
  'round-21': { dir: join(here, '..', 'blind', 'round-21'), floor: { f1: 0.92, precision: 0.93, attribute: 0.85 } },
  'round-22': { dir: join(here, '..', 'blind', 'round-22'), floor: { f1: 0.93, precision: 0.96, attribute: 0.92 } },
  'round-23': { dir: join(here, '..', 'blind', 'round-23'), floor: { f1: 0.95, precision: 0.98, attribute: 0.5 } },
  'round-24': { dir: join(here, '..', 'blind', 'round-24'), floor: { f1: 0.96, precision: 0.96, attribute: 0.94 } },
  // folded with two rules only (a few months of the year, parts after `gồm`); most of its failures not yet read into rules
  'round-25': { dir: join(here, '..', 'blind', 'round-25'), floor: { f1: 0.92, precision: 0.95, attribute: 0.82 } },
  // folded with five rules; most of its failures not yet read into rules
  'round-26': { dir: join(here, '..', 'blind', 'round-26'), floor: { f1: 0.94, precision: 0.96, attribute: 0.72 } },
  // folded with four rules; its other failures not yet read into rules
  'round-27': { dir: join(here, '..', 'blind', 'round-27'), floor: { f1: 0.97, precision: 0.97, attribute: 0.76 } },
  // folded with twelve rules; its other failures (a target year named `by then`, a plan in words after a share) not yet read into rules
  'round-28': { dir: join(here, '..', 'blind', 'round-28'), floor: { f1: 0.94, precision: 0.92, attribute: 0.66 } },
  // folded with nine rules; its other failures (a national total revenue read as budget, an agency count of the merged system) not yet read into rules
  'round-29': { dir: join(here, '..', 'blind', 'round-29'), floor: { f1: 0.97, precision: 0.97, attribute: 0.99 } },
  // folded with ten rules; its other failures (a target of stations read as 4G sites, a headline's aim, a national axis) not yet read into rules
  'round-30': { dir: join(here, '..', 'blind', 'round-30'), floor: { f1: 0.97, precision: 0.96, attribute: 0.88 } },
  // folded with eleven rules; its other failures (a headline total, a rank of a year named by `the year before`) not yet read into rules
  'round-31': { dir: join(here, '..', 'blind', 'round-31'), floor: { f1: 0.95, precision: 0.95, attribute: 0.47 } },
  // folded with nine rules and the reader of tables set with spaces; its other failures (a year named by `into 2024`, a plan given in brackets after attainment) not yet read into rules
  'round-32': { dir: join(here, '..', 'blind', 'round-32'), floor: { f1: 0.97, precision: 0.97, attribute: 0.6 } },
  // folded with eight rules and `Trong đó:` rows of tab tables; its other failures (a rank band target, targets of stations with 4G after `and`) not yet read into rules
  'round-33': { dir: join(here, '..', 'blind', 'round-33'), floor: { f1: 0.89, precision: 0.89, attribute: 0.83 } },
  // folded with five rules; its other failures (ranges `từ 12 đến 13%`, a bare `GRDP` chain after the digital economy's) not yet read into rules
  'round-34': { dir: join(here, '..', 'blind', 'round-34'), floor: { f1: 0.91, precision: 0.92, attribute: 0.92 } },
  // folded with four rules; its other failures (new WiFi stations read as environment-friendly sites, an operator's stations) not yet read into rules
  'round-35': { dir: join(here, '..', 'blind', 'round-35'), floor: { f1: 0.94, precision: 0.94, attribute: 0.62 } },
  // folded with two rules; its other failures (a national axis's documents, a target share of feedback answered) not yet read into rules
  'round-36': { dir: join(here, '..', 'blind', 'round-36'), floor: { f1: 0.95, precision: 0.97, attribute: 0.88 } },
  // folded with one rule (a date an aside gives of an edition is no publication date); its other failures (an interview's `this year` and `next year`, a merged province's former figures) not yet read into rules
  'round-37': { dir: join(here, '..', 'blind', 'round-37'), floor: { f1: 0.88, precision: 0.86, attribute: 0.97 } },
  // folded in the reader of tables set with spaces (unit columns, rules, wrapped labels) and a byline's date; its other failures not yet read
  'round-38': { dir: join(here, '..', 'blind', 'round-38'), floor: { f1: 0.92, precision: 0.91, attribute: 0.71 } },
  'round-39': { dir: join(here, '..', 'blind', 'round-39'), floor: { f1: 0.93, precision: 0.97, attribute: 0.72 } },
  'round-40': { dir: join(here, '..', 'blind', 'round-40'), floor: { f1: 0.94, precision: 0.97, attribute: 0.88 } },
  'round-41': { dir: join(here, '..', 'blind', 'round-41'), floor: { f1: 0.93, precision: 0.95, attribute: 0.39 } },
  'round-42': { dir: join(here, '..', 'blind', 'round-42'), floor: { f1: 0.94, precision: 0.95, attribute: 0.75 } },
  'round-43': { dir: join(here, '..', 'blind', 'round-43'), floor: { f1: 0.94, precision: 0.94, attribute: 0.92 } },
  'round-44': { dir: join(here, '..', 'blind', 'round-44'), floor: { f1: 0.96, precision: 0.97, attribute: 0.8 } },
  // folded in part (months by dash, the full year after a figure, a percentage's own clause, its DTI lists); its plan attainment not yet read
  'round-45': { dir: join(here, '..', 'blind', 'round-45'), floor: { f1: 0.9, precision: 0.91, attribute: 0 } },
  'round-46': { dir: join(here, '..', 'blind', 'round-46'), floor: { f1: 0.98, precision: 0.99, attribute: 0.99 } },
  // folded in part (a group header with `số`, rows under one spanning label); its feedback story and merged-province excerpt not yet read
  'round-47': { dir: join(here, '..', 'blind', 'round-47'), floor: { f1: 0.88, precision: 0.87, attribute: 0.59 } },
  // folded in part (a unit cell naming what is counted, footnote marks, English plans and densities); its feedback table by channel and year not yet read
  'round-48': { dir: join(here, '..', 'blind', 'round-48'), floor: { f1: 0.97, precision: 0.99, attribute: 0.79 } },
  'round-49': { dir: join(here, '..', 'blind', 'round-49'), floor: { f1: 0.97, precision: 0.98, attribute: 0.94 } },
  'round-50': { dir: join(here, '..', 'blind', 'round-50'), floor: { f1: 0.96, precision: 0.96, attribute: 0.59 } },
  'round-51': { dir: join(here, '..', 'blind', 'round-51'), floor: { f1: 0.94, precision: 0.94, attribute: 0.59 } },
  'round-52': { dir: join(here, '..', 'blind', 'round-52'), floor: { f1: 0.95, precision: 0.94, attribute: 0.93 } },
  'round-53': { dir: join(here, '..', 'blind', 'round-53'), floor: { f1: 0.92, precision: 0.93, attribute: 0.96 } },
  'round-54': { dir: join(here, '..', 'blind', 'round-54'), floor: { f1: 0.97, precision: 0.98, attribute: 0.85 } },
  // folded in part (the interview's and the speech's dates, a title's deadline, an overall score); its merged province's services not yet read
  'round-55': { dir: join(here, '..', 'blind', 'round-55'), floor: { f1: 0.93, precision: 0.94, attribute: 0.99 } },
  'round-56': { dir: join(here, '..', 'blind', 'round-56'), floor: { f1: 0.96, precision: 0.97, attribute: 0.74 } },
  'round-57': { dir: join(here, '..', 'blind', 'round-57'), floor: { f1: 0.94, precision: 0.95, attribute: 0.92 } },
  'round-58': { dir: join(here, '..', 'blind', 'round-58'), floor: { f1: 0.97, precision: 0.99, attribute: 0.95 } },
  // (folded in part: the targets of a list whose subjects are the clause before's, `các tỷ lệ tương ứng là 95%, 0,1% và 100%`, and a score `up from` its edition are left)
  'round-59': { dir: join(here, '..', 'blind', 'round-59'), floor: { f1: 0.94, precision: 0.93, attribute: 0.84 } },
  // (folded in part: a plan/result list of targets, feedback channels of an operations centre, a space-aligned table of services by level are left)
  'round-60': { dir: join(here, '..', 'blind', 'round-60'), floor: { f1: 0.88, precision: 0.92, attribute: 0.85 } },
  'round-61': { dir: join(here, '..', 'blind', 'round-61'), floor: { f1: 0.89, precision: 0.88, attribute: 0.91 } },
  // (folded in part: a list of the former provinces' figures, a baseline/target table with ranges, a park's figures in a news page are left)
  'round-62': { dir: join(here, '..', 'blind', 'round-62'), floor: { f1: 0.95, precision: 0.94, attribute: 0.7 } },
  'round-63': { dir: join(here, '..', 'blind', 'round-63'), floor: { f1: 0.88, precision: 0.89, attribute: 0.5 } },
  // (folded in part: a project's own targets in its brief's table, a DTI ceremony's sub-indices and groups are left)
  'round-64': { dir: join(here, '..', 'blind', 'round-64'), floor: { f1: 0.92, precision: 0.89, attribute: 0.85 } },
  // (folded in part: per-capita and merchandise figures of an English story, agencies listed by kind are left)
  'round-65': { dir: join(here, '..', 'blind', 'round-65'), floor: { f1: 0.91, precision: 0.89, attribute: 0.5 } },
  // (round 66 added as it was scored, no rule of its own; round 67 folded for its appendix table only)
  'round-66': { dir: join(here, '..', 'blind', 'round-66'), floor: { f1: 0.89, precision: 0.9, attribute: 0.9 } },
  'round-67': { dir: join(here, '..', 'blind', 'round-67'), floor: { f1: 0.92, precision: 0.94, attribute: 0.28 } },
  'round-68': { dir: join(here, '..', 'blind', 'round-68'), floor: { f1: 0.96, precision: 0.97, attribute: 0.88 } },
  'round-69': { dir: join(here, '..', 'blind', 'round-69'), floor: { f1: 0.97, precision: 0.97, attribute: 0.95 } },
  'round-70': { dir: join(here, '..', 'blind', 'round-70'), floor: { f1: 0.95, precision: 0.94, attribute: 0.88 } },
  'round-71': { dir: join(here, '..', 'blind', 'round-71'), floor: { f1: 0.89, precision: 0.91, attribute: 0.5 } },
  'round-72': { dir: join(here, '..', 'blind', 'round-72'), floor: { f1: 0.85, precision: 0.87, attribute: 0.61 } },
  'round-73': { dir: join(here, '..', 'blind', 'round-73'), floor: { f1: 0.93, precision: 0.93, attribute: 0.85 } },
  'round-74': { dir: join(here, '..', 'blind', 'round-74'), floor: { f1: 0.82, precision: 0.81, attribute: 0.7 } },
  'round-75': { dir: join(here, '..', 'blind', 'round-75'), floor: { f1: 0.95, precision: 0.93, attribute: 0.9 } },
  'round-76': { dir: join(here, '..', 'blind', 'round-76'), floor: { f1: 0.96, precision: 0.96, attribute: 0.88 } },
  'round-77': { dir: join(here, '..', 'blind', 'round-77'), floor: { f1: 0.93, precision: 0.93, attribute: 0.9 } },
  'round-78': { dir: join(here, '..', 'blind', 'round-78'), floor: { f1: 0.87, precision: 0.9, attribute: 0.44 } },
  'round-79': { dir: join(here, '..', 'blind', 'round-79'), floor: { f1: 0.92, precision: 0.9, attribute: 0.81 } },
  'round-80': { dir: join(here, '..', 'blind', 'round-80'), floor: { f1: 0.94, precision: 0.92, attribute: 0.95 } },
  'round-81': { dir: join(here, '..', 'blind', 'round-81'), floor: { f1: 0.93, precision: 0.95, attribute: 0.75 } },
  'round-82': { dir: join(here, '..', 'blind', 'round-82'), floor: { f1: 0.88, precision: 0.89, attribute: 0 } },
  'round-83': { dir: join(here, '..', 'blind', 'round-83'), floor: { f1: 0.92, precision: 0.91, attribute: 0.92 } },
  'round-84': { dir: join(here, '..', 'blind', 'round-84'), floor: { f1: 0.92, precision: 0.91, attribute: 0.77 } },
  'round-85': { dir: join(here, '..', 'blind', 'round-85'), floor: { f1: 0.99, precision: 0.99, attribute: 0.88 } },
  'round-86': { dir: join(here, '..', 'blind', 'round-86'), floor: { f1: 0.93, precision: 0.89, attribute: 0.36 } },
  'round-87': { dir: join(here, '..', 'blind', 'round-87'), floor: { f1: 0.88, precision: 0.86, attribute: 0.58 } },
  'round-88': { dir: join(here, '..', 'blind', 'round-88'), floor: { f1: 0.95, precision: 0.95, attribute: 0.88 } },
  'round-89': { dir: join(here, '..', 'blind', 'round-89'), floor: { f1: 0.96, precision: 0.96, attribute: 0.97 } },
  'round-90': { dir: join(here, '..', 'blind', 'round-90'), floor: { f1: 0.93, precision: 0.92, attribute: 0.78 } },
  'round-91': { dir: join(here, '..', 'blind', 'round-91'), floor: { f1: 0.96, precision: 0.96, attribute: 0.92 } },
};

type Run = { gold: Gold; facts: ExtractedFact[] }[];
const runs: Record<string, Run> = {};

beforeAll(async () => {
  for (const [name, { dir }] of Object.entries(sets)) runs[name] = await runCorpus(dir);
}, 180_000);

function tally(run: Run): Tally {
  const t = emptyTally();
  for (const { gold, facts } of run) tallyDocument(t, facts, gold);
  return t;
}

describe.each(Object.keys(sets))('development set %s (regression guard)', (name) => {
  it('keeps its F1, precision and every attribute at or above its floor', () => {
    const t = tally(runs[name]!);
    const s = summary(t);
    const floor = sets[name]!.floor;
    const detail = [...t.wrong.map((w) => `wrong  ${w}`), ...t.missed.map((m) => `missed ${m}`)].join('\n');
    expect(s.f1, detail).toBeGreaterThanOrEqual(floor.f1);
    expect(s.precision, detail).toBeGreaterThanOrEqual(floor.precision);
    for (const [attr, { right, all }] of Object.entries(t.attrs)) expect(right / all, attr).toBeGreaterThanOrEqual(floor.attribute);
  });

  it('emits facts that satisfy the ExtractedFact schema, point into the text and carry their evidence', () => {
    for (const { facts } of runs[name]!) {
      for (const f of facts) {
        expect(ExtractedFact.safeParse(f).success).toBe(true);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.quote_start).toBeLessThanOrEqual(f.start);
        expect(f.quote_start + f.quote.length).toBeGreaterThanOrEqual(f.end);
        expect(f.evidence.some((e) => e.stage === 'subject')).toBe(true);
        expect(f.evidence.some((e) => e.stage === 'year')).toBe(true);
      }
    }
  });

  it('auto-accepts with precision ≥ 0.99', () => {
    const t = tally(runs[name]!);
    const s = summary(t);
    if (s.autoPrecision !== null) expect(s.autoPrecision, t.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
  });
});
