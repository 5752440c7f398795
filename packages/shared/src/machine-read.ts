import { pointValue, type Headline, type ResolvableFact } from './headline';

export { machineReadLabel } from './machine-read-label';

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
