import { embedPath, type EmbedParams } from '@chiso/shared/chart';
import type { EmbedHeightMessage } from '@chiso/shared/embed';

/**
 * embed.js: turns `<div data-chiso-embed="ict_revenue" data-region="da-nang">` (or `data-chiso-embed="explore"
 * data-indicators="a,b"`) into an iframe of the chart and keeps its height matched to the content. No
 * dependencies, no globals, no cookies; safe to include more than once.
 */
(() => {
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const origin = script?.src ? new URL(script.src).origin : location.origin;
  const frames = new Map<string, HTMLIFrameElement>();

  const mode = (v: string | undefined) => (v === 'index' || v === 'growth' || v === 'value' ? v : undefined);
  const lang = (v: string | undefined) => (v === 'vi' || v === 'en' ? v : undefined);
  const theme = (v: string | undefined) => (v === 'light' || v === 'dark' || v === 'auto' ? v : undefined);
  const year = (v: string | undefined) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

  function mount(host: HTMLElement): void {
    if (host.dataset.chisoMounted) return;
    const d = host.dataset;
    const name = d.chisoEmbed ?? '';
    const indicators = name === 'explore' ? (d.indicators ?? '').split(',').map((s) => s.trim()).filter(Boolean) : [name];
    if (!indicators.length || indicators.some((k) => !/^[a-z][a-z0-9_]{1,63}$/.test(k))) return;
    host.dataset.chisoMounted = '1';
    const params: EmbedParams = { indicators, region: d.region, from: year(d.from), to: year(d.to), mode: mode(d.mode), lang: lang(d.lang), theme: theme(d.theme), asof: d.asof };
    const id = `chiso-${frames.size + 1}-${Math.random().toString(36).slice(2, 8)}`;
    const iframe = document.createElement('iframe');
    iframe.src = `${origin}${embedPath(params)}#id=${id}`;
    iframe.title = d.title ?? (params.lang === 'en' ? 'Chart from Chỉ số' : 'Biểu đồ từ Chỉ số');
    iframe.loading = 'lazy';
    iframe.referrerPolicy = 'strict-origin-when-cross-origin';
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText = `display:block;width:100%;border:0;height:${Number(d.height) || 420}px`;
    frames.set(id, iframe);
    host.replaceChildren(iframe);
  }

  function scan(): void {
    document.querySelectorAll<HTMLElement>('[data-chiso-embed]').forEach(mount);
  }

  addEventListener('message', (e: MessageEvent<Partial<EmbedHeightMessage>>) => {
    if (e.origin !== origin || e.data?.type !== 'chiso:height' || typeof e.data.height !== 'number') return;
    const frame = frames.get(String(e.data.id));
    if (!frame || frame.contentWindow !== e.source) return;
    frame.style.height = `${Math.min(4000, Math.max(80, Math.ceil(e.data.height)))}px`;
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
