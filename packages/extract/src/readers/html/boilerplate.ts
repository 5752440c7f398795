import type { Part } from '../assemble';
import type { DomDocument, DomElement } from './dom';

/** Page furniture by its element or role. */
const FURNITURE_SELECTOR = [
  'nav', 'aside', 'menu', 'header', 'footer', 'form[role="search"]',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
].join(', ');

/** Page furniture by its class or id, in English and in the Vietnamese slugs of government portals. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:menu|nav|navbar|navigation|sidebar|side-bar|footer|banner|breadcrumbs?|duong-dan|share|social|chia-se|related|lien-quan|tin-khac|tin-moi|lien-ket|weblink|comment|binh-luan|widget|counter|thong-ke-truy-cap|truy-cap|visitor|top-?bar|hotline|copyright|ban-quyen|chan-trang|cot-trai|cot-phai|advert|ads|quang-cao|search|tim-kiem|login|dang-nhap|tien-ich|tags?|pagination)(?:$|[\s_-])/i;

/** A visitor counter line: `Tổng lượt truy cập: 3.204.517`, `Đang truy cập: 86`, `Hôm nay: 1.935`. */
const COUNTER =
  /^(?:đang (?:truy cập|online)|trực tuyến|hôm nay|hôm qua|tuần này|tháng này|năm nay|tất cả|tổng(?: số)?(?: lượt)? truy cập|(?:số )?lượt truy cập|lượt xem|online|visitors?|page ?views?|total)\s*:?\s*[\d.,\s]+$/iu;

/**
 * The main content when Readability finds none: the page without its furniture, then its <main>, <article> or
 * [role=main] if it has one. An element that holds the page's <h1>, <main> or <article> is never removed.
 */
export function fallbackContent(document: DomDocument): DomElement {
  const keeps = (element: DomElement): boolean => element.querySelector('h1, main, article, [role="main"]') !== null;
  for (const element of Array.from(document.body.querySelectorAll(FURNITURE_SELECTOR))) {
    if (!keeps(element) && element.closest('article, main') === null) element.remove();
  }
  for (const element of Array.from(document.body.querySelectorAll('[class], [id]'))) {
    const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(name) && !keeps(element)) element.remove();
  }
  return document.body.querySelector('main, [role="main"], article') ?? document.body;
}

/** Drops visitor counters that survive in the content. */
export function withoutCounters(parts: readonly Part[]): Part[] {
  return parts.filter((part) => part.kind === 'table' || !COUNTER.test(part.text));
}
