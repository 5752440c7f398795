import { describe, expect, it } from 'vitest';
import { snippet, type Snippet } from './snippets';

const base: Snippet = {
  params: { indicators: ['ict_revenue'], region: 'da-nang', mode: 'value', lang: 'vi', theme: 'light' },
  origin: 'https://chiso.example',
  title: 'Doanh thu "CNTT" & viễn thông',
  description: 'Tăng từ 5.700 lên 39.888 <tỷ đồng>',
  width: 640,
};

describe('embed snippets', () => {
  it('iframe: the embed page, escaped title, default parameters left out', () => {
    expect(snippet('iframe', base)).toBe(
      '<iframe src="https://chiso.example/embed/ict_revenue" title="Doanh thu &quot;CNTT&quot; &amp; viễn thông" width="640" height="397" loading="lazy" style="border:0;width:100%;max-width:640px"></iframe>',
    );
  });

  it('script: a placeholder with a link for readers without scripts, then embed.js', () => {
    const code = snippet('script', { ...base, params: { ...base.params, indicators: ['ict_revenue', 'software_export'], mode: 'index', theme: 'dark', asof: '2026-11-27' } });
    expect(code).toBe(
      '<div data-chiso-embed="explore" data-indicators="ict_revenue,software_export" data-mode="index" data-theme="dark" data-asof="2026-11-27"><a href="https://chiso.example/explore?indicators=ict_revenue,software_export&amp;mode=index">Doanh thu &quot;CNTT&quot; &amp; viễn thông</a></div>\n<script src="https://chiso.example/embed.js" async></script>',
    );
  });

  it('image: the PNG at twice the size for sharp screens, the description as alt', () => {
    const code = snippet('image', { ...base, params: { ...base.params, lang: 'en', theme: 'auto' } });
    expect(code).toContain('src="https://chiso.example/api/v1/charts/ict_revenue.png?lang=en&amp;width=640&amp;height=397&amp;scale=2"');
    expect(code).toContain('alt="Tăng từ 5.700 lên 39.888 &lt;tỷ đồng&gt;"');
    expect(code).toMatch(/^<a href="https:\/\/chiso.example\/indicators\/ict_revenue\?lang=en">/);
  });
});
