/** The demo's patient list and the open patient's banner, as an EPJ shows them. */
import { type TestPatient, testPatients } from '@pps-kit/mocks';
import { fill } from '@pps-kit/react';
import type { QueryClient } from '@tanstack/react-query';
import { KjernejournalIndicator } from './kjernejournal';
import type { DemoMessages } from './messages';

/** `13867410028` → `138674 10028`, as Norwegian EPJs print it. */
const formatPersonId = (id: string) => `${id.slice(0, 6)} ${id.slice(6)}`;

function ageOn(birthDate: string, today: Date): number {
  const [year = 0, month = 1, day = 1] = birthDate.split('-').map(Number);
  const beforeBirthday =
    today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  return today.getFullYear() - year - (beforeBirthday ? 1 : 0);
}

/** The test patients; on a narrow screen the list folds away once a patient is open. */
export function PatientList({
  selected,
  collapsed,
  onToggle,
  onOpen,
  t,
}: {
  selected: TestPatient | null;
  collapsed: boolean;
  onToggle: () => void;
  onOpen: (patient: TestPatient) => void;
  t: DemoMessages;
}) {
  return (
    <nav className="epj-patients" aria-labelledby="epj-patients-heading">
      <h2 id="epj-patients-heading">{t.patients}</h2>
      <button
        type="button"
        className="epj-patients-toggle"
        aria-expanded={!collapsed}
        aria-controls="epj-patient-list"
        onClick={onToggle}
      >
        {t.patientList}
      </button>
      <ul id="epj-patient-list" data-collapsed={collapsed || undefined}>
        {testPatients.map((p) => (
          <li key={p.personId}>
            <button
              type="button"
              aria-current={p.personId === selected?.personId ? 'true' : undefined}
              onClick={() => onOpen(p)}
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
  );
}

/** Who the open patient is: name, fødselsnummer, age and the kjernejournal indicator. */
export function PatientBanner({
  patient,
  queryClient,
  t,
}: {
  patient: TestPatient;
  queryClient: QueryClient;
  t: DemoMessages;
}) {
  return (
    <section className="epj-banner" aria-label={`${patient.name.family}, ${patient.name.given}`}>
      <h1>
        {patient.name.family}, {patient.name.given}
      </h1>
      <p>
        {t.personId} {formatPersonId(patient.personId)} ·{' '}
        {fill(t.age, { age: ageOn(patient.birthDate, new Date()) })} ·{' '}
        <KjernejournalIndicator personId={patient.personId} queryClient={queryClient} t={t} />
      </p>
    </section>
  );
}
