/**
 * A small, strict XML reader on top of saxes: well-formedness and namespaces checked, the message
 * decoded as its declaration says (UTF-8 or ISO-8859-1), and a tree with the few helpers the
 * converter needs.
 */
import { SaxesParser } from 'saxes';
import { SvarrapportError } from './errors';

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI. */
  ns: string;
  attrs: Readonly<Record<string, string>>;
  children: (XmlElement | string)[];
  /** Path from the root, e.g. `Message/ServReport/Patient`. */
  path: string;
}

/** Reads bytes as the XML declaration's encoding says (UTF-8 when it says nothing). */
export function decodeXml(input: string | Uint8Array | ArrayBuffer): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i
    .exec(head)?.[1]
    ?.toLowerCase();
  const label =
    declared && /^(iso-8859-1|latin1|iso_8859-1|windows-1252|iso-8859-15)$/.test(declared)
      ? 'windows-1252'
      : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '');
}

/** Parses `text` into a tree; malformed XML throws SvarrapportError naming the element and position. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: SvarrapportError | undefined;

  parser.on('error', (error) => {
    failure ??= new SvarrapportError('malformed-xml', stack.at(-1)?.path ?? '(document)', error.message);
  });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    const attrs: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns')
        attrs[attribute.local] = attribute.value;
    }
    const element: XmlElement = {
      name: tag.local,
      ns: tag.uri,
      attrs,
      children: [],
      path: parent ? `${parent.path}/${tag.local}` : tag.local,
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (value: string) => {
    stack.at(-1)?.children.push(value);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= new SvarrapportError('malformed-xml', stack.at(-1)?.path ?? '(document)', String(error));
  }
  if (failure) throw failure;
  if (!root) throw new SvarrapportError('empty-message', '(document)', 'the document has no root element');
  return root;
}

export const childElements = (element: XmlElement): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string');

export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element ? childElements(element).find((c) => c.name === name) : undefined;

export const children = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element ? childElements(element).filter((c) => c.name === name) : [];

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
]);

/**
 * The text of an element. XHTML inside (pathology and radiology text results) becomes plain text
 * with line breaks where blocks and `<br>` were; it is never rendered as markup.
 */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const parts: string[] = [];
  const walk = (node: XmlElement | string) => {
    if (typeof node === 'string') {
      parts.push(node);
      return;
    }
    const block = BLOCK.has(node.name);
    if (block) parts.push('\n');
    for (const c of node.children) walk(c);
    if (block && node.name !== 'br') parts.push('\n');
  };
  for (const c of element.children) walk(c);
  const text = parts
    .join('')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/** An attribute, trimmed (`V` of `<ServType V="N" DN="Ny"/>` by default); undefined when empty. */
export const attr = (element: XmlElement | undefined, attribute = 'V'): string | undefined =>
  element?.attrs[attribute]?.trim() || undefined;

/** The text nodes of an element exactly as written: for values that must stay verbatim. */
export const rawText = (element: XmlElement | undefined): string | undefined =>
  element ? element.children.filter((c): c is string => typeof c === 'string').join('') : undefined;
