/**
 * L2-regularised logistic regression fitted by Newton's method: deterministic (the same data in the same order gives
 * the same weights), small (tens of features, hundreds of facts) and with no dependency.
 */
export interface Example {
  x: Map<string, number>;
  y: boolean;
}

export interface Logistic {
  intercept: number;
  weights: Record<string, number>;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict(m: Logistic, x: Map<string, number>): number {
  let z = m.intercept;
  for (const [k, v] of x) z += (m.weights[k] ?? 0) * v;
  return sigmoid(z);
}

/** Solves A·s = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const s = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r]![n]!;
    for (let k = r + 1; k < n; k++) v -= m[r]![k]! * s[k]!;
    s[r] = v / m[r]![r]!;
  }
  return s;
}

/**
 * The examples with the same features, once each: the columns they have (the intercept's first) and their values, how
 * many there are and how many are right. Evidence repeats across thousands of facts, so a Newton step costs per kind of
 * evidence, not per fact.
 */
function groupsOf(data: Example[], features: string[]): { at: number[]; x: number[]; n: number; k: number }[] {
  const byKey = new Map<string, { at: number[]; x: number[]; n: number; k: number }>();
  for (const e of data) {
    const at = [0];
    const x = [1];
    features.forEach((f, i) => {
      const v = e.x.get(f) ?? 0;
      if (v !== 0) {
        at.push(i + 1);
        x.push(v);
      }
    });
    const key = `${at.join(',')}:${x.join(',')}`;
    let grp = byKey.get(key);
    if (!grp) byKey.set(key, (grp = { at, x, n: 0, k: 0 }));
    grp.n++;
    if (e.y) grp.k++;
  }
  return [...byKey.values()];
}

/**
 * Maximises Σ log-likelihood − λ/2·‖w‖² (the intercept is not penalised). `features` fixes the columns and their order;
 * a feature absent from every example gets weight 0.
 */
export function fitLogistic(data: Example[], features: string[], lambda: number, iterations = 50): Logistic {
  const d = features.length + 1;
  const groups = groupsOf(data, features);
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { at, x, n, k } of groups) {
      let z = 0;
      for (let i = 0; i < at.length; i++) z += w[at[i]!]! * x[i]!;
      const p = sigmoid(z);
      const r = k - n * p;
      const s = n * p * (1 - p);
      for (let i = 0; i < at.length; i++) {
        const a = at[i]!;
        g[a]! += r * x[i]!;
        const row = h[a]!;
        for (let j = 0; j < at.length; j++) row[at[j]!]! += s * x[i]! * x[j]!;
      }
    }
    for (let k = 1; k < d; k++) {
      g[k]! -= lambda * w[k]!;
      h[k]![k]! += lambda;
    }
    h[0]![0]! += 1e-9;
    const step = solve(h, g);
    let size = 0;
    for (let k = 0; k < d; k++) {
      w[k]! += step[k]!;
      size = Math.max(size, Math.abs(step[k]!));
    }
    if (size < 1e-10) break;
  }
  const weights: Record<string, number> = {};
  features.forEach((f, i) => (weights[f] = w[i + 1]!));
  return { intercept: w[0]!, weights };
}
