import { escapeXml } from '@chiso/shared/chart';

export const escapeHtml = escapeXml;

/** JSON safe inside `<script type="application/json">`: no `</script>`, no line separators that break parsers. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface SocialMeta {
  title: string;
  description: string;
  /** The page's own absolute URL. */
  url: string;
  image: { url: string; width: number; height: number; type: string; alt: string };
  oembed: string;
  lang: 'vi' | 'en';
}

/** Open Graph, Twitter card and oEmbed discovery tags, every value escaped. */
export function socialHead(m: SocialMeta): string {
  const e = escapeHtml;
  return [
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="Chỉ số">`,
    `<meta property="og:locale" content="${m.lang === 'vi' ? 'vi_VN' : 'en_US'}">`,
    `<meta property="og:title" content="${e(m.title)}">`,
    `<meta property="og:description" content="${e(m.description)}">`,
    `<meta property="og:url" content="${e(m.url)}">`,
    `<meta property="og:image" content="${e(m.image.url)}">`,
    `<meta property="og:image:type" content="${e(m.image.type)}">`,
    `<meta property="og:image:width" content="${m.image.width}">`,
    `<meta property="og:image:height" content="${m.image.height}">`,
    `<meta property="og:image:alt" content="${e(m.image.alt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="description" content="${e(m.description)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${e(m.oembed)}" title="${e(m.title)}">`,
  ].join('\n    ');
}

/** Puts tags before `</head>` and replaces the document title. */
export function injectHead(html: string, head: string, title: string): string {
  const titled = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  return titled.replace('</head>', `    ${head}\n  </head>`);
}
