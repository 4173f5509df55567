/** Search parameters of `DiagnosticReport/_search` and `Observation/_search` (pps-api.md §4). */

export type DatePrefix = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export interface DateFilter {
  prefix?: DatePrefix;
  /** A FHIR date or dateTime, e.g. `2024-05-01`. */
  value: string;
}

export interface PpsSearchParams {
  _id?: string;
  /** One filter, or two for an interval. */
  date?: DateFilter[];
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

/** The form body PPS expects: one key per parameter, include lists comma-separated. */
export function toFormBody(params: PpsSearchParams): URLSearchParams {
  const body = new URLSearchParams();
  if (params._id) body.append('_id', params._id);
  for (const filter of params.date ?? []) body.append('date', `${filter.prefix ?? ''}${filter.value}`);
  if (params.identifier) body.append('identifier', params.identifier);
  for (const key of ['_include', '_include:iterate', '_revinclude', '_revinclude:iterate'] as const) {
    const values = params[key];
    if (values?.length) body.append(key, values.join(','));
  }
  if (params._count !== undefined) body.append('_count', String(params._count));
  if (params._skip !== undefined) body.append('_skip', String(params._skip));
  return body;
}
