/** The oracle's reading of a message's XML: text, codes, parties and times, from the standard alone. Test code only. */
import { squash, type Time } from './facts';

// ── Bytes to text ────────────────────────────────────────────────────────────────────────────

/** Decodes by byte-order mark, then the XML declaration, then UTF-8. */
export function decodeMessage(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let head = '';
  for (const byte of bytes.subarray(0, 120)) head += String.fromCharCode(byte);
  const declared = /encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(declared, { fatal: true }).decode(bytes);
}

// ── DOM helpers (local to the oracle) ────────────────────────────────────────────────────────

export const elements = (parent: Element | undefined, name: string): Element[] =>
  parent ? Array.from(parent.children).filter((c) => c.localName === name) : [];
export const element = (parent: Element | undefined, name: string): Element | undefined =>
  elements(parent, name)[0];
export const v = (el: Element | undefined, attribute = 'V'): string =>
  (el?.getAttribute(attribute) ?? '').trim();

const BLOCKS = new Set(
  'p div br li tr td th h1 h2 h3 h4 h5 h6 table ul ol dt dd pre blockquote section'.split(' '),
);

/** An element's text as read: block elements separate words, inline ones do not. */
export function text(el: Element | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3 || node.nodeType === 4) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const block = BLOCKS.has((node as Element).localName);
      if (block) out += ' ';
      for (const c of Array.from(node.childNodes)) walk(c);
      if (block) out += ' ';
    }
  };
  for (const c of Array.from(el.childNodes)) walk(c);
  return squash(out);
}

/** A coded value's name as a clinician reads it: OT, then DN, whichever is not the bare code. */
export function nameOf(cv: Element | undefined): string {
  const code = v(cv);
  const ot = v(cv, 'OT');
  const dn = v(cv, 'DN');
  return [ot, dn].find((t) => t !== '' && t !== code) || ot || dn || code;
}

export const codeOf = (cv: Element): string => `${v(cv, 'S').replace(/^urn:oid:/, '')}|${v(cv)}`;
export const namedCodeOf = (cv: Element): string => `${codeOf(cv)}|${nameOf(cv)}`;
/**
 * A coded value as `system|code=name`: the lab's code system, or the Volven list the element is
 * defined by (NILAR writes it when the lab leaves it out).
 */
export const coded = (cv: Element | undefined, list?: number): string =>
  cv
    ? `${v(cv, 'S').replace(/^urn:oid:/, '') || (list ? `2.16.578.1.12.4.1.1.${list}` : '')}|${v(cv)}=${nameOf(cv)}`
    : '';

/** Identifier types the converter can name by a national system (RSH and FHN are other spellings). */
export const ID_TYPES: Record<string, string> = {
  HPR: 'HPR',
  HER: 'HER',
  ENH: 'ENH',
  RSH: 'RESH',
  RESH: 'RESH',
  AKO: 'AKO',
  FNR: 'FNR',
  DNR: 'DNR',
  FHN: 'FHNR',
  FHNR: 'FHNR',
};
const idOf = (id: string, type: string) => (id ? `${ID_TYPES[type] ?? ''}:${id}` : '');

/**
 * A party: `relation|category|person|type:id|organisation|type:id`. NILAR: a department's id wins
 * over its institution's, where it is a national one (a lab-local department id is not).
 */
export function partyOf(hcp: Element | undefined, relation: Element | undefined): string {
  const inst = element(hcp, 'Inst');
  const prof = element(hcp, 'HCProf') ?? element(inst, 'HCPerson');
  const depts = elements(inst, 'Dept');
  const dept = depts.find((d) => text(element(d, 'Id')) && ID_TYPES[v(element(d, 'TypeId'))]);
  const org = [text(element(inst, 'Name')), ...depts.map((d) => text(element(d, 'Name')))]
    .filter(Boolean)
    .join(', ');
  return [
    coded(relation),
    coded(element(prof, 'Type'), 9060),
    text(element(prof, 'Name')),
    idOf(text(element(prof, 'Id')), v(element(prof, 'TypeId'))),
    org,
    dept
      ? idOf(text(element(dept, 'Id')), v(element(dept, 'TypeId')))
      : idOf(text(element(inst, 'Id')), v(element(inst, 'TypeId'))),
  ].join('|');
}

// ── Times ────────────────────────────────────────────────────────────────────────────────────

const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Oslo wall-clock time of an instant. */
export function osloWallClock(ms: number): Time {
  const p = Object.fromEntries(osloParts.formatToParts(ms).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** A Svarrapport TS as the lab meant it: local times as written, zoned times in Oslo time. */
export function time(el: Element | undefined): Time {
  const value = v(el);
  if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return value;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value,
  );
  if (!m) return value;
  const [, day, hh, mm, ss = '00', zone] = m;
  if (!zone) return `${day}T${hh}:${mm}:${ss}`;
  return osloWallClock(
    Date.parse(
      `${day}T${hh}:${mm}:${ss}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
    ),
  );
}
