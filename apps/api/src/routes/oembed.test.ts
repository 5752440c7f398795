import { Problem } from '@chiso/shared';
import { OEmbedResponse } from '@chiso/shared/embed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp, type TestApp } from '../testing/harness';

let t: TestApp;
beforeAll(async () => {
  t = await seededApp();
});
afterAll(async () => t.close());

const oembed = (url: string, extra = '') => t.get(`http://chiso.test/api/v1/oembed?url=${encodeURIComponent(url)}${extra}`);

describe('GET /api/v1/oembed', () => {
  it('turns an indicator page into a rich iframe embed', async () => {
    const res = await oembed('http://chiso.test/indicators/ict_revenue?lang=en', '&maxwidth=500&format=json');
    expect(res.status).toBe(200);
    const body = OEmbedResponse.parse(await res.json());
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Chỉ số', width: 500, title: 'Total ICT sector revenue – Da Nang' });
    expect(body.height).toBeLessThanOrEqual(460);
    expect(body.html).toMatch(/^<iframe src="http:\/\/chiso.test\/embed\/ict_revenue\?lang=en" title="Total ICT sector revenue – Da Nang" width="500" height="\d+"/);
    expect(body.thumbnail_url).toMatch(/^http:\/\/chiso.test\/api\/v1\/charts\/ict_revenue\.(png|svg)\?lang=en&width=500&height=\d+$/);
  });

  it('knows embed and compare addresses and keeps their parameters', async () => {
    const a = OEmbedResponse.parse(await (await oembed('http://chiso.test/embed/software_export?theme=dark&asof=2026-01-01', '&maxheight=250')).json());
    expect(a.html).toContain('src="http://chiso.test/embed/software_export?theme=dark&amp;asof=2026-01-01"');
    expect(a.height).toBe(250);
    const b = OEmbedResponse.parse(await (await oembed('http://chiso.test/explore?indicators=ict_revenue,it_revenue&mode=growth&view=table')).json());
    expect(b.html).toContain('/embed/explore?indicators=ict_revenue,it_revenue&amp;mode=growth');
    expect(b.title).toBe('So sánh 2 chỉ số – Đà Nẵng');
  });

  it('404 for other sites, other pages and unknown indicators; 501 for XML', async () => {
    for (const url of ['https://example.com/indicators/ict_revenue', 'http://chiso.test/sources/1', 'http://chiso.test/indicators/no_such_thing', 'not a url']) {
      const res = await oembed(url);
      expect(res.status, url).toBe(404);
      Problem.parse(await res.json());
    }
    expect((await oembed('http://chiso.test/indicators/ict_revenue', '&format=xml')).status).toBe(501);
    expect((await t.get('http://chiso.test/api/v1/oembed')).status).toBe(400);
  });
});
