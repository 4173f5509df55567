/**
 * Svarrapport (KITH v1.3 and v1.4) → NILAR FHIR, following the mapping PPS uses
 * (../shared/domain/nilar/mapping.md; lab-domain.md §3–4, pps-api.md §7), keeping everything the
 * lab sent and inventing nothing: a date without a time stays a date, a required element the lab
 * left out is marked absent, a number keeps its digits. Where NILAR does not say, our reading is
 * written beside the code; what NILAR has no element for travels in FHIR's and pps-kit's
 * documented extensions (`FHIR_EXTENSION`, `PPS_KIT_EXTENSION` in @pps-kit/api-client).
 */

import { type Bundle, hasTimeOfDay } from '@pps-kit/api-client';
import { SvarrapportError } from './errors';
import { convertReport } from './report';
import { requiredDate, requiredText } from './required';
import { children, decodeXml, parseXml } from './xml';

/** The two Svarrapport namespaces PPS reads. */
export const SVARRAPPORT_NAMESPACES = {
  'v1.3': 'http://www.kith.no/xmlstds/labsvar/2008-12-01',
  'v1.4': 'http://www.kith.no/xmlstds/labsvar/2012-02-15',
} as const;

export interface SvarrapportOptions {
  /**
   * The converted earlier version of the same report, when there is one: its first-version date
   * (nilar-report-date) is kept, as PPS keeps it.
   */
  previous?: Bundle | undefined;
}

/**
 * Converts a Svarrapport message (v1.3 or v1.4; a string, or bytes decoded by their byte-order
 * mark or XML declaration) into a FHIR Bundle of type `collection` holding the NILAR resources
 * PPS would store. Throws SvarrapportError naming the element and the reason when the message
 * cannot be read.
 */
export function svarrapportToNilar(
  xml: string | Uint8Array | ArrayBuffer,
  options: SvarrapportOptions = {},
): Bundle {
  const text = decodeXml(xml);
  if (text.trim() === '') throw new SvarrapportError('empty-message', '(document)', 'the message is empty');
  const root = parseXml(text);
  if (root.name !== 'Message') {
    throw new SvarrapportError(
      'unsupported-message',
      root.path,
      `expected a Svarrapport <Message>, got <${root.name}>`,
    );
  }
  const namespaces: readonly string[] = Object.values(SVARRAPPORT_NAMESPACES);
  if (!namespaces.includes(root.ns)) {
    throw new SvarrapportError(
      'unsupported-message',
      'Message',
      `namespace "${root.ns || '(none)'}" is not Svarrapport v1.3 (${SVARRAPPORT_NAMESPACES['v1.3']}) or v1.4 (${SVARRAPPORT_NAMESPACES['v1.4']})`,
    );
  }
  const genDate = requiredDate(root, 'GenDate');
  const msgId = requiredText(root, 'MsgId');
  const reports = children(root, 'ServReport');
  if (reports.length === 0)
    throw new SvarrapportError('empty-message', 'Message/ServReport', 'the message holds no report');

  const resources = reports.flatMap((report, index) =>
    convertReport(report, { genDate, msgId, index }, options),
  );
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(hasTimeOfDay(genDate) ? { timestamp: genDate } : {}),
    entry: resources.map((resource) => ({ fullUrl: `${resource.resourceType}/${resource.id}`, resource })),
  };
}
