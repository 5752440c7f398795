import type { Lang } from '@chiso/shared';
import { chartImagePath, chartSpec, describeChart, embedPath, heightForWidth, type EmbedParams, type ThemeChoice } from '@chiso/shared/chart';
import type { EmbedHeightMessage } from '@chiso/shared/embed';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n';
import type { EmbedButtonProps } from './EmbedButton';
import { snippet, type SnippetKind } from './snippets';
import './embed.css';

const text = {
  vi: {
    title: 'Nhúng biểu đồ',
    close: 'Đóng',
    theme: 'Giao diện',
    themes: { light: 'Sáng', dark: 'Tối', auto: 'Theo máy người xem' },
    lang: 'Ngôn ngữ',
    pin: 'Giữ nguyên số liệu như hôm nay',
    pinHint: 'Biểu đồ trong bài cũ sẽ không đổi khi số liệu được cập nhật.',
    width: 'Chiều rộng',
    kind: 'Mã nhúng',
    kinds: { iframe: 'iframe', script: 'Script (tự co giãn)', image: 'Ảnh (PNG)' },
    hints: {
      iframe: 'Dán vào trang HTML; chạy ở mọi nơi cho phép iframe.',
      script: 'Chiều cao tự khớp với biểu đồ; cần cho phép thẻ script.',
      image: 'Cho thư điện tử và hệ thống không cho phép script hay iframe.',
    },
    preview: 'Xem trước',
    code: 'Mã để sao chép',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép',
  },
  en: {
    title: 'Embed this chart',
    close: 'Close',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: "Reader's setting" },
    lang: 'Language',
    pin: 'Keep the figures as of today',
    pinHint: 'A chart in an old article stays as it was when the data are updated.',
    width: 'Width',
    kind: 'Embed code',
    kinds: { iframe: 'iframe', script: 'Script (auto height)', image: 'Image (PNG)' },
    hints: {
      iframe: 'Paste into an HTML page; works wherever iframes are allowed.',
      script: 'The height follows the chart; needs script tags to be allowed.',
      image: 'For e-mail and systems that allow neither scripts nor iframes.',
    },
    preview: 'Preview',
    code: 'Code to copy',
    copy: 'Copy code',
    copied: 'Copied',
  },
} as const;

const themes: ThemeChoice[] = ['light', 'dark', 'auto'];
const kinds: SnippetKind[] = ['iframe', 'script', 'image'];
const widths = [480, 640, 800];

function Radios<T extends string | number>({ legend, name, options, value, label, onChange }: { legend: string; name: string; options: readonly T[]; value: T; label: (o: T) => string; onChange: (v: T) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o)}>
          <input type="radio" name={name} checked={o === value} onChange={() => onChange(o)} /> {label(o)}
        </label>
      ))}
    </fieldset>
  );
}

/** The embed options, a live preview (the real embed page or image) and the code, in a modal dialog. */
export default function EmbedDialog({ series, from, to, mode, onClose }: EmbedButtonProps & { onClose: () => void }) {
  const { lang } = useI18n();
  const w = text[lang];
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [theme, setTheme] = useState<ThemeChoice>('light');
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [pinned, setPinned] = useState(false);
  const [kind, setKind] = useState<SnippetKind>('iframe');
  const [width, setWidth] = useState(640);
  const [frameHeight, setFrameHeight] = useState(heightForWidth(640));
  const [copied, setCopied] = useState(false);
  const origin = window.location.origin;
  const asof = pinned ? new Date().toISOString().slice(0, 10) : undefined;

  const params: EmbedParams = {
    indicators: series.map((s) => s.indicator.key),
    region: series[0]?.region.key,
    from,
    to,
    mode,
    lang: embedLang,
    theme,
    asof,
  };
  const spec = useMemo(() => chartSpec({ series, mode, lang: embedLang, from, to, origin, asof }), [series, mode, embedLang, from, to, origin, asof]);
  const code = snippet(kind, { params, origin, title: spec.title, description: describeChart(spec), width });

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    const onMessage = (e: MessageEvent<Partial<EmbedHeightMessage>>) => {
      if (e.origin !== origin || e.source !== frame.current?.contentWindow || e.data?.type !== 'chiso:height') return;
      if (typeof e.data.height === 'number') setFrameHeight(Math.min(1200, Math.max(120, e.data.height)));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin]);
  useEffect(() => setCopied(false), [code]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      const area = document.getElementById(`${id}-code`);
      if (area instanceof HTMLTextAreaElement) area.select();
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <header>
        <h2 id={`${id}-title`}>{w.title}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {w.close}
        </button>
      </header>
      <div className="embed-body">
        <div className="embed-options">
          <Radios legend={w.theme} name={`${id}-theme`} options={themes} value={theme} label={(o) => w.themes[o]} onChange={setTheme} />
          <Radios legend={w.lang} name={`${id}-lang`} options={['vi', 'en'] as const} value={embedLang} label={(o) => (o === 'vi' ? 'Tiếng Việt' : 'English')} onChange={setEmbedLang} />
          <Radios legend={w.width} name={`${id}-width`} options={widths} value={width} label={(o) => `${o} px`} onChange={setWidth} />
          <label className="embed-pin">
            <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> {w.pin}
            <span className="muted small">{w.pinHint}</span>
          </label>
        </div>
        <Radios legend={w.kind} name={`${id}-kind`} options={kinds} value={kind} label={(o) => w.kinds[o]} onChange={setKind} />
        <p className="muted small">{w.hints[kind]}</p>
        <section aria-label={w.preview} className="embed-preview" style={{ maxWidth: width }}>
          {kind === 'image' ? (
            <img src={chartImagePath(params, 'svg', { width, height: heightForWidth(width) })} alt={describeChart(spec)} width={width} height={heightForWidth(width)} />
          ) : (
            <iframe ref={frame} key={embedPath(params)} src={`${embedPath(params)}#id=${id}`} title={`${w.preview}: ${spec.title}`} style={{ height: frameHeight }} />
          )}
        </section>
        <label htmlFor={`${id}-code`} className="field-label">
          {w.code}
        </label>
        <textarea id={`${id}-code`} className="embed-code" readOnly value={code} rows={kind === 'script' ? 4 : 3} onFocus={(e) => e.currentTarget.select()} />
        <div>
          <button type="button" className="button" onClick={() => void copy()} data-copy-embed>
            {copied ? w.copied : w.copy}
          </button>
          <span className="visually-hidden" aria-live="polite">
            {copied ? w.copied : ''}
          </span>
        </div>
      </div>
    </dialog>
  );
}
