import { Fact, Source } from '@chiso/shared';
import type { FactRow, SourceRow } from '../db/schema';

/** A stored source as the API shows it (the document text is served only on the source's own page). */
export function toSource(r: Omit<SourceRow, 'content_sha256'>): Source {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    published_on: r.published_on,
    region: r.region,
    report_year: r.report_year,
    format: r.format,
    sha256: r.sha256,
    created_at: r.created_at,
  };
}

/** A stored fact as the public sees it: everything but the curators' internal note. */
export function toFact(r: FactRow): Fact {
  return {
    id: r.id,
    indicator: r.indicator,
    region: r.region,
    year: r.year,
    value: r.value,
    value_min: r.value_min,
    value_max: r.value_max,
    qualifier: r.qualifier,
    approx: r.approx,
    change_pct: r.change_pct,
    change_vs_year: r.change_vs_year,
    plan_pct: r.plan_pct,
    source_id: r.source_id,
    start: r.span_start,
    end: r.span_end,
    quote: r.quote,
    quote_start: r.quote_start,
    method: r.method,
    rule: r.rule,
    confidence: r.confidence,
    status: r.status,
    public_note_vi: r.public_note_vi,
    public_note_en: r.public_note_en,
    // SQLite reads the flag back as 0 or 1; a revision written before the column has none.
    machine_read: Boolean(r.machine_read),
    denominator: r.denominator,
    territory_as_of: r.territory_as_of,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

/** A stored fact as an editor sees it: with the curators' internal note. */
export function toEditorFact(r: FactRow): Fact {
  return { ...toFact(r), note: r.note };
}
