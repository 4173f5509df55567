import type { PpsClient, PpsPatientContext } from '@pps-kit/api-client';
import { type TestPatient, testPatients } from '@pps-kit/mocks';
import {
  LabReportView,
  LabResultsOverview,
  LOCALES,
  type Locale,
  PpsProvider,
  resolveMessages,
} from '@pps-kit/react';
import { useMemo, useState } from 'react';
import { demoMessages } from './messages';

/** The synthetic clinician the demo signs in as (HPR number from NHN's PPS test examples). */
const CLINICIAN = {
  name: 'Kari Klinikersen',
  role: 'LE',
  hpr: '4128168',
  organisation: 'Fjordbyen legekontor',
};

const LOCALE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** `13867410028` → `138674 10028`, as Norwegian EPJs print it. */
const formatPersonId = (id: string) => `${id.slice(0, 6)} ${id.slice(6)}`;

function ageOn(birthDate: string, today: Date): number {
  const [year = 0, month = 1, day = 1] = birthDate.split('-').map(Number);
  const beforeBirthday =
    today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  return today.getFullYear() - year - (beforeBirthday ? 1 : 0);
}

export interface AppProps {
  client: PpsClient;
  usesMocks: boolean;
}

export function App({ client, usesMocks }: AppProps) {
  const [locale, setLocale] = useState<Locale>('nb');
  const [selected, setSelected] = useState<TestPatient | null>(testPatients[0] ?? null);
  const [openReport, setOpenReport] = useState<string | undefined>();
  const t = resolveMessages(demoMessages, locale);
  const patient = useMemo<PpsPatientContext | null>(
    () => (selected ? { personId: selected.personId, requesterHprRole: CLINICIAN.role } : null),
    [selected],
  );

  return (
    <div className="epj" lang={locale === 'en' ? 'en' : locale === 'nn' ? 'nn' : 'nb'}>
      <header className="epj-topbar">
        <span className="epj-product">{t.product}</span>
        <span className="epj-user">
          {t.signedInAs}: {CLINICIAN.name} ({CLINICIAN.role}), HPR {CLINICIAN.hpr}, {CLINICIAN.organisation}
        </span>
        <label className="epj-locale">
          {t.chooseLocale}{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      {usesMocks ? <p className="epj-mock-notice">{t.mockNotice}</p> : null}
      <div className="epj-body">
        <nav className="epj-patients" aria-labelledby="epj-patients-heading">
          <h2 id="epj-patients-heading">{t.patients}</h2>
          <ul>
            {testPatients.map((p) => (
              <li key={p.personId}>
                <button
                  type="button"
                  aria-current={p.personId === selected?.personId ? 'true' : undefined}
                  onClick={() => {
                    setSelected(p);
                    setOpenReport(undefined);
                  }}
                >
                  <span className="epj-patient-name">
                    {p.name.family}, {p.name.given}
                  </span>
                  <span className="epj-patient-meta">{t.scenario[p.scenario] ?? p.scenario}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="epj-main">
          {selected ? (
            <>
              <section className="epj-banner" aria-label={`${selected.name.family}, ${selected.name.given}`}>
                <h1>
                  {selected.name.family}, {selected.name.given}
                </h1>
                <p>
                  {t.personId} {formatPersonId(selected.personId)} ·{' '}
                  {t.age.replace('{age}', String(ageOn(selected.birthDate, new Date())))}
                </p>
              </section>
              <PpsProvider client={client} patient={patient} locale={locale}>
                {openReport ? (
                  <LabReportView reportId={openReport} onClose={() => setOpenReport(undefined)} />
                ) : (
                  <LabResultsOverview onReportOpen={setOpenReport} />
                )}
              </PpsProvider>
            </>
          ) : (
            <section className="epj-banner">
              <h1>{t.noPatientTitle}</h1>
              <p>{t.noPatientBody}</p>
            </section>
          )}
        </main>
      </div>
    </div>
  );
}
