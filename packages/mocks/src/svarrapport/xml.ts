/**
 * A small, strict XML reader on top of saxes: the message decoded by its byte-order mark, then its
 * declaration, then as UTF-8 (never a silent U+FFFD); well-formedness and namespaces checked;
 * nesting limited; and a tree with the few helpers the converter needs. Time and memory grow
 * linearly with the size of the message, whatever its depth.
 */
import { SaxesParser } from 'saxes';
import { SvarrapportError } from './errors';

/**
 * Limits a message must keep. Real Svarrapport messages nest about 10 elements deep (20 with XHTML
 * text); deeper ones are refused with a `too-deep` SvarrapportError rather than a stack overflow.
 */
export const SVARRAPPORT_LIMITS = {
  /** Elements inside one another, XHTML in text results included. */
  elementDepth: 128,
  /** Results under one another, nested in the XML or linked with RefIdResultItem. */
  resultDepth: 64,
} as const;

export class XmlElement {
  readonly children: (XmlElement | string)[] = [];

  constructor(
    /** Local name, without prefix. */
    readonly name: string,
    /** Namespace URI. */
    readonly ns: string,
    readonly attrs: Readonly<Record<string, string>>,
    readonly parent: XmlElement | undefined,
  ) {}

  /** Path from the root, e.g. `Message/ServReport/Patient` (built when asked, for messages). */
  get path(): string {
    const names: string[] = [];
    for (let e: XmlElement | undefined = this; e; e = e.parent) names.push(e.name);
    return names.reverse().join('/');
  }
}

const BOMS: [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32BE'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32LE'],
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xfe, 0xff], 'UTF-16BE'],
  [[0xff, 0xfe], 'UTF-16LE'],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The offset of the first byte that is not valid UTF-8, for a message that says where. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function decodeAs(bytes: Uint8Array, label: string, declaredBy: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new SvarrapportError(
      'encoding',
      '(document)',
      `the ${declaredBy} names the encoding "${label}", which pps-kit cannot decode`,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const at = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    throw new SvarrapportError(
      'encoding',
      '(document)',
      `the message is not valid ${label.toUpperCase()} (${declaredBy})${at >= 0 ? `: byte ${at} (0x${(bytes[at] ?? 0).toString(16)}) starts no character` : ''}`,
    );
  }
}

/**
 * The text of a message: by its byte-order mark first (UTF-8, UTF-16), then by the encoding its
 * XML declaration names, then as UTF-8. Bytes the encoding cannot hold, and an encoding pps-kit
 * cannot decode, are a SvarrapportError `encoding` that names it.
 */
export function decodeXml(input: string | Uint8Array | ArrayBuffer): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  for (const [bom, label] of BOMS) {
    if (startsWith(bytes, bom)) {
      if (label.startsWith('UTF-32'))
        throw new SvarrapportError(
          'encoding',
          '(document)',
          `the message is ${label}, which pps-kit cannot decode`,
        );
      return decodeAs(bytes.subarray(bom.length), label, 'byte-order mark');
    }
  }
  // UTF-16 without a byte-order mark: "<?" as two-byte characters (XML 1.0, appendix F).
  if (startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00])) return decodeAs(bytes, 'UTF-16LE', 'first characters');
  if (startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f])) return decodeAs(bytes, 'UTF-16BE', 'first characters');
  let head = '';
  for (const byte of bytes.subarray(0, 200)) head += String.fromCharCode(byte);
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  if (declared && /^utf-?16/i.test(declared)) {
    throw new SvarrapportError(
      'encoding',
      '(document)',
      `the declaration says "${declared}", but the message is written in one-byte characters`,
    );
  }
  return declared
    ? decodeAs(bytes, declared, 'XML declaration')
    : decodeAs(bytes, 'UTF-8', 'no encoding declared');
}

/** Parses `text` into a tree; malformed XML throws SvarrapportError naming the element and position. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let current: XmlElement | undefined;
  let depth = 0;
  let root: XmlElement | undefined;
  let failure: SvarrapportError | undefined;

  parser.on('error', (error) => {
    failure ??= new SvarrapportError('malformed-xml', current?.path ?? '(document)', error.message);
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > SVARRAPPORT_LIMITS.elementDepth) {
      failure = new SvarrapportError(
        'too-deep',
        `${current?.path.split('/').slice(0, 6).join('/')}/…`,
        `elements are nested more than ${SVARRAPPORT_LIMITS.elementDepth} deep (line ${parser.line})`,
      );
      throw failure;
    }
    const attrs: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns')
        attrs[attribute.local] = attribute.value;
    }
    const element = new XmlElement(tag.local, tag.uri, attrs, current);
    if (current) current.children.push(element);
    else root = element;
    current = element;
  });
  parser.on('closetag', () => {
    depth -= 1;
    current = current?.parent;
  });
  const onText = (value: string) => {
    current?.children.push(value);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= new SvarrapportError('malformed-xml', current?.path ?? '(document)', String(error));
  }
  if (failure) throw failure;
  if (!root) throw new SvarrapportError('empty-message', '(document)', 'the document has no root element');
  return root;
}

export const childElements = (element: XmlElement): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string');

export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => {
  if (!element) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
};

export const children = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element ? element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name) : [];

/** Elements that start a new line in XHTML text; table cells are set apart by a tab. */
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
const BLOCK_MORE = new Set(['dt', 'dd', 'pre', 'blockquote', 'section']);
const CELL = new Set(['td', 'th']);

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
    const block = BLOCK.has(node.name) || BLOCK_MORE.has(node.name);
    const cell = CELL.has(node.name);
    if (block) parts.push('\n');
    if (cell) parts.push('\t');
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
