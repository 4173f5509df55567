/** The oracle's reading of one result item's value and structured findings. Test code only. */
import { QUALIFIERS, squash, type ValueFacts } from './facts';
import { coded, codeOf, element, elements, text, time, v } from './xml-read';

/** A KITH number as the oracle reads it (a decimal comma or point, an exponent), else NaN. */
const numberOf = (written: string): number =>
  /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(written) ? Number(written.replace(',', '.')) : NaN;

export function valueFacts(item: Element): ValueFacts {
  const none: ValueFacts = { kind: 'none', qualifier: '', text: '', number: null, unit: '', codes: [] };
  const num = element(item, 'NumResult');
  if (num) {
    const value = element(num, 'NumResultValue');
    const asNumber = numberOf(v(value));
    return {
      ...none,
      kind: 'number',
      number: Number.isFinite(asNumber) ? asNumber : null,
      qualifier: (() => {
        const code = v(element(num, 'ArithmeticComp'));
        return code === 'EQ' ? '' : (QUALIFIERS[code] ?? code);
      })(),
      text: v(value),
      unit: value?.getAttribute('U') ?? '',
    };
  }
  const textResult = element(item, 'TextResult');
  if (textResult) {
    const result: ValueFacts = {
      ...none,
      kind: 'text',
      text: text(element(textResult, 'TextResultValue')),
      unit: text(element(textResult, 'Unit')),
      codes: elements(textResult, 'TextCode').map(codeOf),
    };
    // A TextResult with only a heading holds no value.
    return result.text || result.unit || result.codes.length > 0 ? result : none;
  }
  const interval = element(item, 'Interval');
  if (interval) {
    const low = element(interval, 'Low');
    const high = element(interval, 'High');
    return {
      ...none,
      kind: 'interval',
      text: `${v(low)}..${v(high)}`,
      unit: low?.getAttribute('U') || high?.getAttribute('U') || '',
    };
  }
  const date = element(item, 'DateResult');
  if (date) return { ...none, kind: 'date', text: time(element(date, 'DateResultValue')) };
  return none;
}

export function structuredOf(info: Element): string[] {
  const heading = coded(element(info, 'Type'));
  const values: string[] = [];
  for (const c of Array.from(info.children)) {
    if (c.localName === 'TextInfo') values.push(text(element(c, 'Text')));
    else if (c.localName === 'IntegerInfo') values.push(v(element(c, 'Integer')));
    else if (c.localName === 'PhysicalInfo') {
      const q = element(c, 'Quantity');
      const n = numberOf(v(q));
      values.push(squash(`${v(q)} ${q?.getAttribute('U') ?? ''} #${Number.isFinite(n) ? n : ''}`));
    } else if (c.localName === 'CodedInfo') values.push(coded(element(c, 'Code')));
    else if (c.localName === 'BooleanInfo') values.push(v(element(c, 'Flag')));
  }
  return values.length > 0 ? values.map((value) => `${heading}: ${value}`) : [heading];
}
