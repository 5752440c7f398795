import { DashboardResponse, FactsResponse, FactWithSource, parseCsv, SeriesResponse, Settings, UploadResponse } from '@chiso/shared';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AUTO_ACCEPT_THRESHOLD } from '@chiso/extract/confidence';
import { editorApp, insertFact, uploadForm, type EditorApp } from '../testing/editors';
import { fixtureReport } from '../testing/fixtures';

/** The extractor as it is, except that, when asked, it auto-accepts every figure (as a confident model would). */
const extractor = vi.hoisted(() => ({ autoAcceptAll: false }));
vi.mock('../services/extractor', async (original) => {
  const real = await original<typeof import('../services/extractor')>();
  return {
    ...real,
    extractFromBytes: async (...args: Parameters<typeof real.extractFromBytes>) => {
      const out = await real.extractFromBytes(...args);
      return extractor.autoAcceptAll ? { ...out, facts: out.facts.map((f) => ({ ...f, auto_accept: true })) } : out;
    },
  };
});

const apps: EditorApp[] = [];
afterAll(async () => Promise.all(apps.map((a) => a.close())));
const app = async (autoAccept: 'off' | 'calibrated') => {
  const t = await editorApp({ autoAccept });
  apps.push(t);
  return t;
};

const report = (year: number) =>
  new TextEncoder().encode(`Báo cáo năm ${year}\n\nNăm ${year}, tổng doanh thu toàn ngành Thông tin và Truyền thông đạt 61.000 tỷ đồng.\n`);

describe('machine-read figures', () => {
  it('a figure the extractor accepted alone is marked on the point, the card, the fact and in downloads, until a person accepts it', async () => {
    const t = await app('calibrated');
    // The shipped report's figures were checked by a person (data/reports/reviewed.csv), the cited ones by curators.
    const seeded = SeriesResponse.parse(await (await t.req('GET', '/api/v1/indicators/ict_revenue/series')).json());
    expect(seeded.points.find((p) => p.year === 2018)!.value).toBe(fixtureReport.figures.ict_revenue);
    expect(seeded.points.every((p) => !p.machine_read)).toBe(true);

    extractor.autoAcceptAll = true;
    const up = UploadResponse.parse(await (await t.req('POST', '/api/v1/sources', { token: t.editor, form: uploadForm(report(2043), 'r.txt', { region: 'da-nang' }) })).json());
    extractor.autoAcceptAll = false;
    expect(up.facts.accepted).toBeGreaterThan(0);
    const series = SeriesResponse.parse(await (await t.req('GET', '/api/v1/indicators/ict_revenue/series')).json());
    expect(series.points.find((p) => p.year === 2043)).toMatchObject({ value: 61000, machine_read: true });
    expect(series.points.filter((p) => p.year !== 2043).every((p) => !p.machine_read)).toBe(true);
    const d = DashboardResponse.parse(await (await t.req('GET', '/api/v1/dashboard?year=2043')).json());
    const card = d.items.find((i) => i.indicator.key === 'ict_revenue')!;
    expect(card.machine_read).toBe(true);
    expect(card.spark.at(-1)).toMatchObject({ year: 2043, machine_read: true });
    const facts = FactsResponse.parse(await (await t.req('GET', `/api/v1/facts?source=${up.source.id}&status=accepted`)).json()).facts;
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.machine_read)).toBe(true);
    const csv = parseCsv((await (await t.req('GET', '/api/v1/series.csv?indicators=ict_revenue')).text()).slice(1)).records;
    expect(csv.find((r) => r.values.year === '2043')!.values.machine_read).toBe('true');
    expect(csv.find((r) => r.values.year === '2022')!.values.machine_read).toBe('false');

    // A person accepts it: no longer machine-read, with a revision.
    const id = facts.find((f) => f.indicator === 'ict_revenue')!.id;
    const accepted = await t.req('POST', `/api/v1/facts/${id}/accept`, { token: t.editor, json: { reason: 'checked against the report' } });
    expect(FactWithSource.parse(await accepted.json()).machine_read).toBe(false);
    const after = SeriesResponse.parse(await (await t.req('GET', '/api/v1/indicators/ict_revenue/series')).json());
    expect(after.points.find((p) => p.year === 2043)!.machine_read).toBe(false);
  });

  it('a person’s figure equal to a machine-read one confirms it; one that only rounds to it does not', async () => {
    const t = await app('calibrated');
    await insertFact(t.db, { indicator: 'software_export', year: 2040, value: 120.4, status: 'accepted', machine_read: 1 });
    const headline = async () =>
      SeriesResponse.parse(await (await t.req('GET', '/api/v1/indicators/software_export/series')).json()).points.find((p) => p.year === 2040)!;
    expect(await headline()).toMatchObject({ value: 120.4, machine_read: true });
    // A press article's "over 120" agrees by rounding; the report's figure stays the headline (reports rank first).
    const article = await t.db.db
      .insertInto('sources')
      .values({ kind: 'article', title: null, publisher: 'Báo', url: 'https://news.example/a', published_on: '2041-01-01', region: 'da-nang', report_year: null, format: null, sha256: null, text: null, created_at: '2041-01-01T00:00:00Z' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertFact(t.db, { indicator: 'software_export', year: 2040, value: 120, approx: 'over', status: 'accepted', method: 'curated', source_id: article.id });
    expect(await headline()).toMatchObject({ value: 120.4, machine_read: true });
    await insertFact(t.db, { indicator: 'software_export', year: 2040, value: 120.4, status: 'accepted', method: 'curated' });
    expect((await headline()).machine_read).toBe(false);
  });

  it('the server’s SVG and PNG draw the marker, name it in the legend and the description, and drop it once a person accepts', async () => {
    const t = await app('off');
    const id = await insertFact(t.db, { indicator: 'software_export', year: 2040, value: 120.4, status: 'accepted', machine_read: 1 });
    const svg = async () => (await t.req('GET', '/api/v1/charts/software_export.svg?lang=en')).text();
    const png = async () => Buffer.from(await (await t.req('GET', '/api/v1/charts/software_export.png?lang=en')).arrayBuffer());
    const unread = async () =>
      SeriesResponse.parse(await (await t.req('GET', '/api/v1/indicators/software_export/series')).json()).points.filter((p) => p.machine_read).map((p) => p.year);
    const squares = (s: string) => (s.match(/<rect [^>]*class="mr"/g) ?? []).length;
    const years = await unread();
    expect(years).toContain(2040);
    const before = await svg();
    expect(squares(before)).toBe(years.length);
    expect(before).toContain('>machine-read, not yet reviewed</text>');
    expect(before).toMatch(/<desc [^>]*>[^<]*The figures? for [^<]*2040 (are|is) machine-read, not yet reviewed\./);
    const pngBefore = await png();
    await t.req('POST', `/api/v1/facts/${id}/accept`, { token: t.editor, json: { reason: 'checked against the report' } });
    expect(await unread()).not.toContain(2040);
    const after = await svg();
    expect(squares(after)).toBe(years.length - 1);
    expect(after).not.toMatch(/<desc [^>]*>[^<]*2040 (are|is) machine-read/);
    expect((await png()).equals(pngBefore)).toBe(false);
  });

  it('the policy is a setting: calibrated accepts what the extractor auto-accepts, off leaves every figure for a person', async () => {
    const on = await app('calibrated');
    const settings = Settings.parse(await (await on.req('GET', '/api/v1/settings')).json());
    expect(settings.auto_accept.policy).toBe('calibrated');
    // the threshold is the fitted model's: none when no threshold kept 0.99 on the blind rounds (decision 0007)
    expect(settings.auto_accept.threshold).toBe(AUTO_ACCEPT_THRESHOLD);
    const threshold = settings.auto_accept.threshold;
    // The extractor's own word first: a figure is accepted only above the threshold, and with none, none is.
    const plain = UploadResponse.parse(await (await on.req('POST', '/api/v1/sources', { token: on.editor, form: uploadForm(report(2044), 'r.txt', { region: 'da-nang' }) })).json());
    const read = FactsResponse.parse(await (await on.req('GET', `/api/v1/facts?source=${plain.source.id}`, { token: on.editor })).json()).facts;
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((f) => (f.status === 'accepted') === (threshold !== null && f.confidence! >= threshold))).toBe(true);

    extractor.autoAcceptAll = true;
    const up = UploadResponse.parse(await (await on.req('POST', '/api/v1/sources', { token: on.editor, form: uploadForm(report(2041), 'r.txt', { region: 'da-nang' }) })).json());
    expect(up.facts.accepted).toBeGreaterThan(0);
    const point = SeriesResponse.parse(await (await on.req('GET', '/api/v1/indicators/ict_revenue/series')).json()).points.find((p) => p.year === 2041)!;
    expect(point).toMatchObject({ value: 61000, machine_read: true });

    const off = await app('off');
    expect(Settings.parse(await (await off.req('GET', '/api/v1/settings')).json()).auto_accept).toEqual({ policy: 'off', threshold: null });
    const held = UploadResponse.parse(await (await off.req('POST', '/api/v1/sources', { token: off.editor, form: uploadForm(report(2041), 'r.txt', { region: 'da-nang' }) })).json());
    extractor.autoAcceptAll = false;
    expect(held.facts).toMatchObject({ accepted: 0 });
    expect(held.facts.pending).toBeGreaterThan(0);
  });

  it('a bulk accept by confidence is no person’s reading: the figures stay machine-read until one is accepted by hand', async () => {
    const t = await app('off');
    const up = UploadResponse.parse(await (await t.req('POST', '/api/v1/sources', { token: t.editor, form: uploadForm(report(2042), 'r.txt', { region: 'da-nang' }) })).json());
    const bulk = await t.req('POST', `/api/v1/sources/${up.source.id}/accept`, { token: t.editor, json: { min_confidence: 0 } });
    expect(bulk.status).toBe(200);
    const facts = FactsResponse.parse(await (await t.req('GET', `/api/v1/facts?source=${up.source.id}`)).json()).facts;
    expect(facts.every((f) => f.status === 'accepted' && f.machine_read)).toBe(true);
  });
});
