export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/**
 * A strict little XML reader for tests: throws on unbalanced or unknown-entity input, so "parses" means
 * well-formed. Handles what the chart writes (elements, attributes in double quotes, text, the 5 entities).
 */
export function parseXml(src: string): XmlNode {
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const checkText = (t: string) => {
    const bad = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(t);
    if (bad) throw new Error(`bare & at ${bad.index}: ${t.slice(bad.index, bad.index + 12)}`);
  };
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    token.lastIndex = pos;
    m = token.exec(src);
    if (!m) throw new Error(`not well-formed at ${pos}: ${src.slice(pos, pos + 40)}`);
    pos = token.lastIndex;
    const [, close, name, attrSrc, selfClose, text] = m;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      checkText(text);
      top.text += text;
      continue;
    }
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrSrc ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      checkText(a[2]!);
      attrs[a[1]!] = a[2]!;
    }
    const node: XmlNode = { name: name!, attrs, children: [], text: '' };
    top.children.push(node);
    if (!selfClose) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1) throw new Error('more than one root element');
  return root.children[0]!;
}

export function findAll(n: XmlNode, name: string): XmlNode[] {
  return [...(n.name === name ? [n] : []), ...n.children.flatMap((c) => findAll(c, name))];
}

export const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
