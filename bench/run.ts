/**
 * `npm run bench -- NAME…` runs the named benchmarks (all when none is named). Each prints its own figures,
 * as ratios against a baseline measured in the same run where a goal is relative.
 */
const suites: Record<string, () => Promise<void>> = {
  extract: async () => (await import('./extract')).benchExtract(),
  ocr: async () => (await import('./ocr')).benchOcr(),
  pool: async () => (await import('./pool')).benchPool(),
  web: async () => (await import('./web')).benchWeb(),
  embed: async () => (await import('./embed')).benchEmbed(),
  api: async () => (await import('./api')).benchApi(),
  'api-floor': async () => (await import('./api-floor')).benchApiFloor(),
  'seed-large': async () => (await import('./seed-large')).benchSeedLarge(),
  writes: async () => (await import('./writes')).benchWrites(),
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(a in suites));
  if (unknown.length) {
    process.stderr.write(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}\n`);
    process.exit(2);
  }
  for (const name of asked.length ? asked : Object.keys(suites)) {
    process.stdout.write(`\n== ${name} ==\n`);
    await suites[name]!();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
