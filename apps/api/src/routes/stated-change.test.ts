import { DashboardResponse } from '@chiso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApp, insertFact, type EditorApp } from '../testing/editors';

let t: EditorApp;
beforeAll(async () => {
  t = await editorApp();
});
afterAll(async () => t.close());

const item = async (year: number) =>
  DashboardResponse.parse(await (await t.req('GET', `/api/v1/dashboard?year=${year}`)).json()).items.find((i) => i.indicator.key === 'software_export')!;

describe('the change a source states', () => {
  it('is kept with the year it is stated against when that is not the year before', async () => {
    await insertFact(t.db, { indicator: 'software_export', year: 2048, value: 100, status: 'accepted', method: 'curated' });
    await insertFact(t.db, { indicator: 'software_export', year: 2050, value: 130, change_pct: 30, change_vs_year: 2048, status: 'accepted', method: 'curated' });
    expect(await item(2050)).toMatchObject({ previous: null, stated_change_pct: 30, stated_change_vs_year: 2048 });
  });

  it('against the year before wins when a source of the figure states one', async () => {
    await insertFact(t.db, { indicator: 'software_export', year: 2050, value: 130, change_pct: 12, change_vs_year: 2049, status: 'accepted', method: 'curated' });
    expect(await item(2050)).toMatchObject({ stated_change_pct: 12, stated_change_vs_year: 2049 });
  });

  it('a change stated against a later year is no change of this one', async () => {
    await insertFact(t.db, { indicator: 'software_export', year: 2060, value: 90, change_pct: -10, change_vs_year: 2061, status: 'accepted', method: 'curated' });
    expect(await item(2060)).toMatchObject({ stated_change_pct: null, stated_change_vs_year: null });
  });
});
