import { pointValue, type Headline, type ResolvableFact } from './headline';
import type { Lang } from './format';

/**
 * Figures the machine read and accepted without a person: how they are named on every surface (card, chart point,
 * table, download column, API field `machine_read`), and the rule that says when a public figure is one.
 */
export const machineReadLabel: Record<Lang, string> = {
  vi: 'đọc tự động, chưa duyệt',
  en: 'machine-read, not yet reviewed',
};

/** A fact as the machine-read rule sees it. */
export type MachineReadFact = ResolvableFact & { machine_read: boolean };

/**
 * A headline figure rests only on machine-read facts when every fact that states exactly that figure (its value,
 * kind and wording) was accepted without a person. A person's figure that rounding explains ("hơn 36 nghìn tỷ"
 * beside 36.571) does not confirm the exact one; a person's figure equal to it does.
 */
export function restsOnMachineRead(h: Headline<MachineReadFact>): boolean {
  const stating = h.facts.filter((f) => f.qualifier === h.fact.qualifier && f.approx === h.fact.approx && pointValue(f) === h.value);
  return stating.length > 0 && stating.every((f) => f.machine_read);
}
