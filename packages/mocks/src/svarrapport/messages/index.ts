/**
 * Svarrapport messages written for pps-kit about the synthetic test patients, modelled on the kinds
 * of message Norwegian labs send (never copied from the samples in ../shared/data/svarrapport).
 * Together they cover every fagområde; new, changed, appended and cancelled reports; microbiology
 * with susceptibility (a two-bottle blood culture linked as DIPS-like systems link it); structured
 * pathology findings; long pathology and radiology texts; text ranges and odd units; local codes
 * in DN with names in OT; numbers with trailing zeros; dates without a time; v1.3 and v1.4.
 */
import { CHEMISTRY_CANCELLED, CHEMISTRY_CHANGED } from './chemistry';
import { MICROBIOLOGY } from './microbiology';
import { OTHER_FIELDS } from './other-fields';
import { PATHOLOGY_RADIOLOGY } from './pathology-radiology';

/** The messages, in the order a lab would have sent them. */
export const PPS_KIT_MESSAGES: readonly string[] = [
  ...CHEMISTRY_CHANGED,
  ...MICROBIOLOGY,
  ...PATHOLOGY_RADIOLOGY,
  ...OTHER_FIELDS,
  ...CHEMISTRY_CANCELLED,
];
