/**
 * Rule families the confidence model's training switches off, one at a time. On the development sets the full reader
 * is nearly always right, so its own facts teach the model little about error; the facts a reader missing one rule
 * family emits on the same documents are the errors a document with a phenomenon no rule knows would bring, each
 * with the evidence it rests on. Never used when extracting for real.
 */
export const ablations = ['scope', 'facets', 'roles', 'years', 'periods', 'qualifiers', 'restatements', 'tables'] as const;
export type Ablation = (typeof ablations)[number];
