import { createPpsClient, type NilarDiagnosticReport } from '@pps-kit/api-client';
import { type MockResources, SvarrapportError, svarrapporterToResources } from '@pps-kit/mocks';
import {
  fill,
  LabReportView,
  LabResultsOverview,
  type Locale,
  PpsProvider,
  type PpsTheme,
} from '@pps-kit/react';
import { QueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { serviceUrls, usesMocks } from './config';
import type { DemoMessages } from './messages';

type Loaded =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; personId: string; reports: number; queryClient: QueryClient };

const client = createPpsClient({ baseUrl: serviceUrls.pps, acceptAnyPersonId: true });

/**
 * Load Svarrapport XML files and see them as PPS would show them: converted to NILAR by
 * @pps-kit/mocks and served by the mock PPS, so the components fetch them like any other data.
 */
export function SvarrapportLoader({
  serve,
  locale,
  theme,
  t,
}: {
  /** Puts converted resources into the mock PPS. */
  serve: (resources: MockResources) => void;
  locale: Locale;
  theme: PpsTheme;
  t: DemoMessages;
}) {
  const inputId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'none' });
  const [open, setOpen] = useState<string | undefined>();

  if (!usesMocks) return <p>{t.xmlOnlyMocks}</p>;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    if (files.length === 0) return;
    try {
      const messages = await Promise.all(files.map(async (file) => new Uint8Array(await file.arrayBuffer())));
      const resources = svarrapporterToResources(messages);
      const [personId, list = []] = Object.entries(resources)[0] ?? [];
      if (!personId) throw new Error(t.xmlEmpty);
      serve(resources);
      setOpen(list.find((r) => r.resourceType === 'DiagnosticReport')?.id);
      setLoaded({
        kind: 'loaded',
        personId,
        reports: list.filter((r): r is NilarDiagnosticReport => r.resourceType === 'DiagnosticReport').length,
        queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
      });
    } catch (error) {
      setLoaded({
        kind: 'error',
        message: error instanceof SvarrapportError || error instanceof Error ? error.message : String(error),
      });
    }
  }

  return (
    <section aria-labelledby={`${inputId}-title`} className="epj-xml">
      <h2 id={`${inputId}-title`}>{t.xmlTitle}</h2>
      <p>{t.xmlIntro}</p>
      <label htmlFor={inputId} className="epj-field">
        {t.xmlChoose}
      </label>
      <input id={inputId} type="file" accept=".xml,text/xml,application/xml" multiple onChange={onFile} />
      {loaded.kind === 'error' ? (
        <div role="alert" className="epj-alert">
          <p>
            <strong>{t.xmlErrorTitle}</strong>
          </p>
          <p>{loaded.message}</p>
        </div>
      ) : null}
      {loaded.kind === 'loaded' ? (
        <>
          <p role="status">{fill(t.xmlLoaded, { reports: loaded.reports })}</p>
          {/* The message's own patient, never the test patient chosen in the list above. */}
          <section className="epj-banner epj-banner--message" aria-labelledby={`${inputId}-patient`}>
            <h3 id={`${inputId}-patient`}>{t.xmlPatientTitle}</h3>
            <p>
              {fill(t.xmlPatientBody, {
                personId: `${loaded.personId.slice(0, 6)} ${loaded.personId.slice(6)}`,
              })}
            </p>
          </section>
          <PpsProvider
            client={client}
            patient={{ personId: loaded.personId }}
            locale={locale}
            theme={theme}
            queryClient={loaded.queryClient}
          >
            {open ? (
              <LabReportView reportId={open} onClose={() => setOpen(undefined)} headingLevel={3} />
            ) : (
              <LabResultsOverview onReportOpen={setOpen} headingLevel={3} />
            )}
          </PpsProvider>
        </>
      ) : null}
    </section>
  );
}
