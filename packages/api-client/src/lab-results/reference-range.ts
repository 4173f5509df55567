/**
 * Reference ranges as Norwegian labs write them: free text ("3,5 - 10,0", "10-22", "< 0,5", ">60",
 * "60 - "), sometimes FHIR low/high. The original text is always kept for display; numeric bounds
 * are given only where the text states them unambiguously (lab-domain.md §3.2).
 */
import type { ObservationReferenceRange, Quantity } from '../shared/fhir';

export interface ParsedRange {
  /** The lab's text, verbatim. Show this, never a reformatted range. */
  text: string | undefined;
  /** What could be read: both bounds, one bound, only text, or nothing. */
  kind: 'interval' | 'upper' | 'lower' | 'text' | 'empty';
  low?: number;
  high?: number;
  /** `false` for "> 60": the bound itself is outside the range. */
  lowInclusive?: boolean;
  /** `false` for "< 5": the bound itself is outside the range. */
  highInclusive?: boolean;
}

const NUMBER = String.raw`[-+]?\d+(?:[.,]\d+)?`;
const toNumber = (text: string) => Number(text.replace(',', '.'));

// "3,5 - 10,0", "10-22", "0.40 – 0.50", "3,5 til 10,0", "60 - 105 µmol/L"
const INTERVAL = new RegExp(String.raw`^(${NUMBER})\s*(?:-|–|—|til)\s*(${NUMBER})(?:\s+\D.*)?$`, 'i');
// "60 - ", "60 -": a lower bound left open
const OPEN_UPPER = new RegExp(String.raw`^(${NUMBER})\s*(?:-|–|—)\s*$`);
// "< 0,5", "<=5", "≤ 5", "under 5", "mindre enn 5"
const UPPER = new RegExp(String.raw`^(<=?|≤|under|mindre enn)\s*(${NUMBER})(?:\s+\D.*)?$`, 'i');
// "> 60", ">=60", "≥ 60", "over 60", "større enn 60"
const LOWER = new RegExp(String.raw`^(>=?|≥|over|større enn)\s*(${NUMBER})(?:\s+\D.*)?$`, 'i');

function fromText(raw: string): ParsedRange {
  const text = raw.trim();
  if (text === '' || text === '-' || text === '–' || text === '—') return { text: raw, kind: 'empty' };
  let match = INTERVAL.exec(text);
  if (match) {
    const low = toNumber(match[1] as string);
    const high = toNumber(match[2] as string);
    // "10-5" is not a range; keep it as text rather than guess.
    if (low <= high)
      return { text: raw, kind: 'interval', low, high, lowInclusive: true, highInclusive: true };
    return { text: raw, kind: 'text' };
  }
  match = OPEN_UPPER.exec(text);
  if (match) return { text: raw, kind: 'lower', low: toNumber(match[1] as string), lowInclusive: true };
  match = UPPER.exec(text);
  if (match) {
    const inclusive = /=|≤/.test(match[1] as string);
    return { text: raw, kind: 'upper', high: toNumber(match[2] as string), highInclusive: inclusive };
  }
  match = LOWER.exec(text);
  if (match) {
    const inclusive = /=|≥/.test(match[1] as string);
    return { text: raw, kind: 'lower', low: toNumber(match[2] as string), lowInclusive: inclusive };
  }
  // Sex- or age-specific ranges ("K: 11,7-15,3 M: 13,4-17,0"), notes ("Alltid *-merket"):
  // shown as written, no bounds guessed.
  return { text: raw, kind: 'text' };
}

const numeric = (quantity: Quantity | undefined) =>
  quantity?.value !== undefined && Number.isFinite(quantity.value) ? quantity.value : undefined;

/**
 * Reads a reference range from its text, or from a FHIR referenceRange (numeric low/high win over
 * the text for bounds; the text is still kept for display).
 */
export function parseReferenceRange(input: string | ObservationReferenceRange | undefined): ParsedRange {
  if (input === undefined) return { text: undefined, kind: 'empty' };
  if (typeof input === 'string') return fromText(input);
  const low = numeric(input.low);
  const high = numeric(input.high);
  const parsed: ParsedRange =
    input.text !== undefined ? fromText(input.text) : { text: undefined, kind: 'empty' };
  if (low === undefined && high === undefined) return parsed;
  return {
    text: input.text,
    kind: low !== undefined && high !== undefined ? 'interval' : low !== undefined ? 'lower' : 'upper',
    ...(low !== undefined ? { low, lowInclusive: true } : {}),
    ...(high !== undefined ? { high, highInclusive: true } : {}),
  };
}
