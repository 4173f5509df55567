import {
  createParekClient,
  createPpsClient,
  createPtsClient,
  type PpsPatientContext,
} from '@pps-kit/api-client';
import { DATASET_ANCHOR, type MockResources, type TestPatient } from '@pps-kit/mocks';
import {
  CumulativeTable,
  LabReportView,
  LabResultsOverview,
  LOCALES,
  type Locale,
  PatientSafetyRestrictions,
  PpsProvider,
  type PpsTheme,
  PrivacyRestrictions,
  RequisitionList,
  resolveMessages,
  TrendChart,
} from '@pps-kit/react';
import { QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { AttestationPanel } from './attestation-panel';
import type { Clinician } from './clinicians';
import { serviceUrls } from './config';
import { FaultPanel } from './fault-panel';
import { demoMessages, type TabId } from './messages';
import { PatientBanner, PatientList } from './patients';
import { SignIn } from './sign-in';
import { SvarrapportLoader } from './svarrapport-loader';
import { Tabs } from './tabs';
import { useThemeStylesheets } from './theme-stylesheets';

const LOCALE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
const THEMES: readonly PpsTheme[] = ['default', 'designsystemet', 'aksel'];
const TAB_IDS: readonly TabId[] = ['results', 'flowsheet', 'trend', 'requisitions', 'access', 'xml'];

/**
 * The clinician's last look at the patient's results, as an EPJ would remember it: two weeks before
 * the mocks' fixed "now", so that the overview marks what came in since as new.
 */
const LAST_VISIT = new Date(Date.parse(DATASET_ANCHOR) - 14 * 86_400_000).toISOString();

export interface AppProps {
  usesMocks: boolean;
  /** Puts converted Svarrapport resources into the mock PPS (mocks only). */
  serve?: (resources: MockResources) => void;
}

const clients = {
  pps: createPpsClient({ baseUrl: serviceUrls.pps }),
  pts: createPtsClient({ baseUrl: serviceUrls.pts }),
  parek: createParekClient({ baseUrl: serviceUrls.parek }),
};

export function App({ usesMocks, serve }: AppProps) {
  const [locale, setLocale] = useState<Locale>('nb');
  const [theme, setTheme] = useState<PpsTheme>('default');
  const [inWorker, setInWorker] = useState(false);
  const [clinician, setClinician] = useState<Clinician | null>(null);
  const [selected, setSelected] = useState<TestPatient | null>(null);
  const [tab, setTab] = useState<TabId>('results');
  const [openReport, setOpenReport] = useState<string | undefined>();
  // The report last closed: its row in the overview takes focus again.
  const [closedReport, setClosedReport] = useState<string | undefined>();
  const [showAttestation, setShowAttestation] = useState(false);
  const [showFaults, setShowFaults] = useState(false);
  // On a narrow screen the patient list folds away once a patient is open.
  const [patientsOpen, setPatientsOpen] = useState(false);
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  const t = resolveMessages(demoMessages, locale);
  useThemeStylesheets(theme);
  const patient = useMemo<PpsPatientContext | null>(
    () => (selected && clinician ? { personId: selected.personId, requesterHprRole: clinician.role } : null),
    [selected, clinician],
  );
  const lang = locale === 'en' ? 'en' : locale === 'nn' ? 'nn' : 'nb';

  const localeSelect = (
    <label className="epj-field epj-field--inline">
      {t.chooseLocale}{' '}
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );

  if (!clinician) {
    return (
      <div className="epj" lang={lang}>
        <header>
          <div className="epj-topbar">
            <span className="epj-product">{t.product}</span>
            <span className="epj-user" />
            {localeSelect}
          </div>
          {usesMocks ? <p className="epj-mock-notice">{t.mockNotice}</p> : null}
        </header>
        <SignIn t={t} onSignIn={setClinician} />
      </div>
    );
  }

  const openPatient = (next: TestPatient) => {
    setSelected(next);
    setOpenReport(undefined);
    setPatientsOpen(false);
  };
  const patientsCollapsed = selected !== null && !patientsOpen;

  let panel: React.ReactNode = null;
  if (tab === 'results') {
    panel = openReport ? (
      <>
        <LabReportView
          reportId={openReport}
          onClose={() => {
            setClosedReport(openReport);
            setOpenReport(undefined);
          }}
        />
        <PatientSafetyRestrictions
          object={{ type: 'Svarrapport', value: openReport }}
          showVisibility={false}
        />
      </>
    ) : (
      <LabResultsOverview
        onReportOpen={(id) => {
          setClosedReport(undefined);
          setOpenReport(id);
        }}
        focusReportId={closedReport}
        newSince={usesMocks ? LAST_VISIT : undefined}
      />
    );
  } else if (tab === 'flowsheet') {
    panel = (
      <CumulativeTable
        onReportOpen={(id) => {
          setOpenReport(id);
          setTab('results');
        }}
      />
    );
  } else if (tab === 'trend') {
    panel = (
      <>
        <p className="epj-hint">{t.trendIntro}</p>
        <TrendChart
          defaultCode="NPU04998"
          onReportOpen={(id) => {
            setOpenReport(id);
            setTab('results');
          }}
        />
      </>
    );
  } else if (tab === 'requisitions') {
    panel = <RequisitionList />;
  } else if (tab === 'access') {
    panel = (
      <>
        <p className="epj-hint">{t.accessIntro}</p>
        <PrivacyRestrictions headingLevel={2} />
      </>
    );
  } else if (serve) {
    panel = <SvarrapportLoader serve={serve} locale={locale} theme={theme} t={t} />;
  } else {
    panel = <p>{t.xmlOnlyMocks}</p>;
  }

  return (
    <div className="epj" lang={lang}>
      <header>
        <div className="epj-topbar">
          <span className="epj-product">{t.product}</span>
          <span className="epj-user">
            {t.signedInAs}: {clinician.name} ({t.roleLabels[clinician.role] ?? clinician.role}), HPR{' '}
            {clinician.hpr}, {clinician.department.name}
          </span>
          {localeSelect}
          <label className="epj-field epj-field--inline">
            {t.chooseTheme}{' '}
            <select value={theme} onChange={(event) => setTheme(event.target.value as PpsTheme)}>
              {THEMES.map((name) => (
                <option key={name} value={name}>
                  {t.themes[name]}
                </option>
              ))}
            </select>
          </label>
          <label className="epj-field epj-field--inline">
            <input
              type="checkbox"
              checked={inWorker}
              onChange={(event) => setInWorker(event.target.checked)}
            />{' '}
            {t.readInWorker}
          </label>
          <button type="button" aria-expanded={showAttestation} onClick={() => setShowAttestation((v) => !v)}>
            {showAttestation ? t.attestationHide : t.attestationShow}
          </button>
          {usesMocks ? (
            <button type="button" aria-expanded={showFaults} onClick={() => setShowFaults((v) => !v)}>
              {showFaults ? t.faultsHide : t.faultsShow}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => {
              setClinician(null);
              setSelected(null);
              setOpenReport(undefined);
              queryClient.clear();
            }}
          >
            {t.signOut}
          </button>
        </div>
        {usesMocks ? <p className="epj-mock-notice">{t.mockNotice}</p> : null}
      </header>
      {showAttestation ? (
        <AttestationPanel clinician={clinician} personId={selected?.personId} t={t} />
      ) : null}
      {showFaults ? <FaultPanel t={t} onApply={() => void queryClient.resetQueries()} /> : null}
      <div className="epj-body">
        <PatientList
          selected={selected}
          collapsed={patientsCollapsed}
          onToggle={() => setPatientsOpen(patientsCollapsed)}
          onOpen={openPatient}
          t={t}
        />
        <main className="epj-main">
          {selected ? (
            <>
              <PatientBanner patient={selected} queryClient={queryClient} t={t} />
              <PpsProvider
                client={clients.pps}
                ptsClient={clients.pts}
                parekClient={clients.parek}
                patient={patient}
                locale={locale}
                theme={theme}
                readPagesInWorker={inWorker}
                queryClient={queryClient}
              >
                <Tabs
                  label={t.tabsLabel}
                  tabs={TAB_IDS.map((id) => ({ id, label: t.tabs[id] }))}
                  selected={tab}
                  onSelect={setTab}
                >
                  {panel}
                </Tabs>
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
