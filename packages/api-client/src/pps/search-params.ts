/** Search parameters of `DiagnosticReport/_search` and `Observation/_search` (pps-api.md §4). */
import type { ValidationIssue } from '../shared/errors';
import { parsePersonId } from '../shared/person-id';

/** FHIR date prefixes; PPS documents `eq`, `lt` and `gt`, the rest are standard FHIR. */
export type DatePrefix = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export interface DateFilter {
  prefix?: DatePrefix | undefined;
  /** A FHIR date or dateTime, e.g. `2024-05-01`. */
  value: string;
}

export interface PpsSearchParams {
  _id?: string;
  /** One filter, or two for an interval (sent as two `date` keys). */
  date?: DateFilter[];
  /** DiagnosticReport: the lab's report id (ServProvId). Observation: IdResultItem. */
  identifier?: string;
  _include?: string[];
  '_include:iterate'?: string[];
  _revinclude?: string[];
  '_revinclude:iterate'?: string[];
  /** Page size; PPS defaults to 50. */
  _count?: number;
  /** Offset; PPS defaults to 0. */
  _skip?: number;
}

export interface ObservationSearchParams extends PpsSearchParams {
  /**
   * Codes to search the whole result tree for: `<system>:<code>` or `<code>`, e.g.
   * `urn:oid:2.16.578.1.12.4.1.1.7280:NPU19767` (pps-api.md §4.2; the `:` separator is PPS's own).
   */
  tag?: string[];
}

/** A date search value: a FHIR prefix, then a FHIR date or dateTime (`ge2024-05-01T08:30:00+02:00`). */
const DATE_FILTER =
  /^(?:eq|ne|lt|gt|le|ge)?(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d))?)?)?$/;

/**
 * Whether `filter` is a date search value on a day the calendar has: a day it lacks (`2024-02-30`,
 * `2024-13`, `2024-05-00`) rolls into another month.
 */
function isDateFilter(filter: string): boolean {
  const [, year, month = '01', day = '01'] = DATE_FILTER.exec(filter) ?? [];
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCMonth() === Number(month) - 1;
}

/**
 * What PPS would refuse with a 400 in a search, found before sending: a person id that is no
 * fødselsnummer, D-nummer, H-nummer or hjelpenummer (`undefined`: not checked); a `date` that is
 * no FHIR date or has an unknown prefix; a `_count` or `_skip` that is no non-negative integer.
 */
export function searchInputIssues(personId: string | undefined, params: PpsSearchParams): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const invalid = (path: string, message: string) => issues.push({ path, code: 'invalid', message });
  if (personId !== undefined && !parsePersonId(personId)) invalid('personId', 'not a valid person id');
  params.date?.forEach(({ prefix = '', value }, index) => {
    if (!isDateFilter(prefix + value))
      invalid(`date[${index}]`, `not a FHIR date search value: ${prefix}${value}`);
  });
  for (const key of ['_count', '_skip'] as const) {
    const value = params[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0))
      invalid(key, 'not a non-negative integer');
  }
  return issues;
}

const INCLUDE_KEYS = ['_include', '_include:iterate', '_revinclude', '_revinclude:iterate'] as const;

/**
 * The form body PPS expects: include lists comma-separated under one key, `date` repeated for an
 * interval. `tagParameter` is `_tag` or `_tags` (the PPS docs use both, pps-api.md Q6).
 */
export function toFormBody(params: ObservationSearchParams, tagParameter = '_tag'): URLSearchParams {
  const body = new URLSearchParams();
  if (params._id) body.append('_id', params._id);
  for (const filter of params.date ?? []) body.append('date', `${filter.prefix ?? ''}${filter.value}`);
  if (params.identifier) body.append('identifier', params.identifier);
  if (params.tag?.length) body.append(tagParameter, params.tag.join(','));
  for (const key of INCLUDE_KEYS) {
    const values = params[key];
    if (values?.length) body.append(key, values.join(','));
  }
  if (params._count !== undefined) body.append('_count', String(params._count));
  if (params._skip !== undefined) body.append('_skip', String(params._skip));
  return body;
}
