export interface Progress {
  /** Work on item `index` (0-based) starts. */
  start(index: number, label: string): void;
  /** Item `index` is done; `outcome` is a few words. */
  done(index: number, label: string, outcome: string): void;
  finish(): void;
}

const WIDTH = 24;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one plain line per finished item otherwise (logs,
 * pipes, CI), so the output stays readable wherever it lands.
 */
export function progress(total: number, out: NodeJS.WriteStream = process.stderr): Progress {
  let finished = 0;
  const started = performance.now();
  const bar = (label: string) => {
    const filled = total === 0 ? WIDTH : Math.round((finished / total) * WIDTH);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    return `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${finished}/${total} ${name}`;
  };
  if (out.isTTY) {
    return {
      start: (_i, label) => out.write(`\r\x1b[K${bar(label)}`),
      done: (_i, label, outcome) => {
        finished++;
        out.write(`\r\x1b[K${label}: ${outcome}\n${bar('')}`);
      },
      finish: () => out.write(`\r\x1b[K${bar(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)}\n`),
    };
  }
  const pad = String(total).length;
  return {
    start: () => {},
    done: (_i, label, outcome) => {
      finished++;
      out.write(`[${String(finished).padStart(pad)}/${total}] ${label}: ${outcome}\n`);
    },
    finish: () => out.write(`done: ${total} file${total === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`),
  };
}
