import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyTally, runCorpus, summary, tallyDocument } from './score';

const root = join(import.meta.dirname, '..');
const sets: Record<string, string> = {
  corpus: join(root, 'corpus'), fixtures: join(root, 'src', 'fixtures'),
  'round-1': join(root, 'blind', 'round-1'), 'round-2': join(root, 'blind', 'round-2'), 'round-3': join(root, 'blind', 'round-3'),
  'round-4': join(root, 'blind', 'round-4'), 'round-5': join(root, 'blind', 'round-5'),
};
const out: string[] = [];
for (const [name, dir] of Object.entries(sets)) {
  const t = emptyTally();
  for (const { gold, facts } of await runCorpus(dir)) tallyDocument(t, facts, gold);
  const s = summary(t);
  const attrs = Object.entries(t.attrs).map(([a, { right, all }]) => `${a} ${(right / all).toFixed(3)}`).join(' ');
  console.log(`${name.padEnd(9)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${t.matchedPred}/${t.predicted}, ${t.matchedGold}/${t.facts}) ${attrs}`);
  out.push(`## ${name}`, ...t.wrong.map((w) => `wrong  ${w}`), ...t.missed.map((m) => `missed ${m}`));
}
writeFileSync(process.argv[2] ?? '/tmp/dev-failures.txt', out.join('\n') + '\n');
