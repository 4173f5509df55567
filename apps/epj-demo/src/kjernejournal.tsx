import type { HelseindikatorResponse } from '@pps-kit/mocks';
import { PPS_QUERY_ROOT } from '@pps-kit/react';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { serviceUrls } from './config';
import type { DemoMessages } from './messages';

const GLYPH = { 0: '⚠', 1: '–', 2: 'KJ', 3: 'KJ+', 4: '‼' } as const;

/**
 * The helseindikator query (pps-api.md §11), as a factory like pps-kit's own. Its key starts with
 * pps-kit's root and the patient, so it goes when the patient does.
 */
const kjernejournalQuery = (personId: string) =>
  queryOptions({
    queryKey: [PPS_QUERY_ROOT, personId, 'kjernejournal'] as const,
    queryFn: async ({ signal }): Promise<HelseindikatorResponse> => {
      const response = await fetch(`${serviceUrls.kjernejournal}/v1/helseindikator/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-EPJ-System': 'pps-kit-epj-demo' },
        body: JSON.stringify({ fnr: personId }),
        signal,
      });
      if (!response.ok) return { status: 0, returTekst: `HTTP ${response.status}` } as HelseindikatorResponse;
      return (await response.json()) as HelseindikatorResponse;
    },
    retry: false,
  });

/** The Kjernejournal icon of the patient banner. */
export function KjernejournalIndicator({
  personId,
  queryClient,
  t,
}: {
  personId: string;
  queryClient: QueryClient;
  t: DemoMessages;
}) {
  const [note, setNote] = useState(false);
  const query = useQuery(kjernejournalQuery(personId), queryClient);
  if (!query.data) {
    return (
      <span className="epj-kj" data-kj-status={query.isError ? 0 : 'checking'}>
        {t.kjLabel}: {query.isError ? t.kjStatus[0] : t.kjChecking}
      </span>
    );
  }
  const { status } = query.data;
  const text = `${t.kjLabel}: ${t.kjStatus[status]}`;
  if (status < 2) {
    return (
      <span className="epj-kj" data-kj-status={status}>
        <span aria-hidden="true">{GLYPH[status]} </span>
        {text}
      </span>
    );
  }
  return (
    <span className="epj-kj-wrap">
      <button type="button" className="epj-kj" data-kj-status={status} onClick={() => setNote((v) => !v)}>
        <span aria-hidden="true">{GLYPH[status]} </span>
        {text}
      </button>
      {note ? (
        <span className="epj-kj-note" role="status">
          {t.kjOpenNote}
        </span>
      ) : null}
    </span>
  );
}
