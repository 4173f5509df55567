import type { Catalogue } from '../shared/i18n';

/** Texts of the requisition views (PaRek). */
export interface RequisitionMessages {
  listHeading: string;
  listLoading: string;
  listEmpty: string;
  listErrorTitle: string;
  notConfigured: string;
  activeHeading: string;
  closedHeading: string;
  /** `{count}` */
  activeCount: string;
  showClosed: string;
  stageLabels: Record<string, string>;
  windowLabels: Record<string, string>;
  analyses: string;
  period: string;
  /** `{start}`, `{end}` */
  periodBetween: string;
  /** `{start}` */
  periodFrom: string;
  /** `{end}` */
  periodUntil: string;
  requested: string;
  requester: string;
  notes: string;
  progressLabel: string;
  stepRequested: string;
  stepSampling: string;
  stepDone: string;
  stepRevoked: string;
  /** `{count}` */
  specimensTaken: string;
  noSpecimens: string;
  /** `{type}`, `{time}` */
  specimenLine: string;
  specimenNumber: string;
  stepStateDone: string;
  stepStateCurrent: string;
  stepStateTodo: string;
}

export const requisitionMessages: Catalogue<RequisitionMessages> = {
  nb: {
    listHeading: 'Planlagte rekvisisjoner',
    listLoading: 'Henter rekvisisjoner …',
    listEmpty: 'PaRek har ingen planlagte eller frikoblede rekvisisjoner for pasienten.',
    listErrorTitle: 'Rekvisisjonene kan ikke vises',
    notConfigured: 'Pasientens rekvisisjoner (PaRek) er ikke koblet til i denne journalen.',
    activeHeading: 'Aktive',
    closedHeading: 'Avsluttet',
    activeCount: '{count, plural, one {# aktiv} other {# aktive}}',
    showClosed: 'Vis også fullførte og tilbakekalte',
    stageLabels: {
      planned: 'Venter på prøvetaking',
      collecting: 'Prøvetaking pågår',
      completed: 'Fullført',
      revoked: 'Tilbakekalt',
      other: 'Ukjent status',
    },
    windowLabels: { upcoming: 'Ikke startet', open: 'Prøvetaking nå', overdue: 'Fristen er passert' },
    analyses: 'Analyser',
    period: 'Prøvetaking',
    periodBetween: '{start}–{end}',
    periodFrom: 'Fra {start}',
    periodUntil: 'Innen {end}',
    requested: 'Rekvirert',
    requester: 'Rekvirent',
    notes: 'Merknad',
    progressLabel: 'Fremdrift',
    stepRequested: 'Rekvirert',
    stepSampling: 'Prøvetaking',
    stepDone: 'Fullført',
    stepRevoked: 'Tilbakekalt',
    specimensTaken: '{count, plural, one {# prøve tatt} other {# prøver tatt}}',
    noSpecimens: 'Ingen prøver tatt ennå',
    specimenLine: '{type}, tatt {time}',
    specimenNumber: 'prøvenr.',
    stepStateDone: 'ferdig',
    stepStateCurrent: 'nå',
    stepStateTodo: 'gjenstår',
  },
  nn: {
    listHeading: 'Planlagde rekvisisjonar',
    listLoading: 'Hentar rekvisisjonar …',
    listEmpty: 'PaRek har ingen planlagde eller fråkopla rekvisisjonar for pasienten.',
    listErrorTitle: 'Rekvisisjonane kan ikkje visast',
    notConfigured: 'Rekvisisjonane til pasienten (PaRek) er ikkje kopla til i denne journalen.',
    activeHeading: 'Aktive',
    closedHeading: 'Avslutta',
    activeCount: '{count, plural, one {# aktiv} other {# aktive}}',
    showClosed: 'Vis òg fullførte og tilbakekalla',
    stageLabels: {
      planned: 'Ventar på prøvetaking',
      collecting: 'Prøvetaking pågår',
      completed: 'Fullført',
      revoked: 'Tilbakekalla',
      other: 'Ukjend status',
    },
    windowLabels: { upcoming: 'Ikkje starta', open: 'Prøvetaking no', overdue: 'Fristen er passert' },
    analyses: 'Analysar',
    period: 'Prøvetaking',
    periodBetween: '{start}–{end}',
    periodFrom: 'Frå {start}',
    periodUntil: 'Innan {end}',
    requested: 'Rekvirert',
    requester: 'Rekvirent',
    notes: 'Merknad',
    progressLabel: 'Framdrift',
    stepRequested: 'Rekvirert',
    stepSampling: 'Prøvetaking',
    stepDone: 'Fullført',
    stepRevoked: 'Tilbakekalla',
    specimensTaken: '{count, plural, one {# prøve teken} other {# prøver tekne}}',
    noSpecimens: 'Ingen prøver tekne enno',
    specimenLine: '{type}, teken {time}',
    specimenNumber: 'prøvenr.',
    stepStateDone: 'ferdig',
    stepStateCurrent: 'no',
    stepStateTodo: 'att',
  },
  en: {
    listHeading: 'Planned requisitions',
    listLoading: 'Loading requisitions …',
    listEmpty: 'PaRek holds no planned or decoupled requisitions for the patient.',
    listErrorTitle: 'The requisitions cannot be shown',
    notConfigured: 'Patient requisitions (PaRek) are not connected in this record system.',
    activeHeading: 'Active',
    closedHeading: 'Closed',
    activeCount: '{count} active',
    showClosed: 'Also show completed and revoked',
    stageLabels: {
      planned: 'Waiting for samples',
      collecting: 'Sampling in progress',
      completed: 'Completed',
      revoked: 'Revoked',
      other: 'Unknown status',
    },
    windowLabels: { upcoming: 'Not started', open: 'Sampling now', overdue: 'Past the deadline' },
    analyses: 'Analyses',
    period: 'Sampling',
    periodBetween: '{start}–{end}',
    periodFrom: 'From {start}',
    periodUntil: 'By {end}',
    requested: 'Requested',
    requester: 'Requester',
    notes: 'Note',
    progressLabel: 'Progress',
    stepRequested: 'Requested',
    stepSampling: 'Sampling',
    stepDone: 'Completed',
    stepRevoked: 'Revoked',
    specimensTaken: '{count, plural, one {# sample taken} other {# samples taken}}',
    noSpecimens: 'No samples taken yet',
    specimenLine: '{type}, taken {time}',
    specimenNumber: 'sample no.',
    stepStateDone: 'done',
    stepStateCurrent: 'current',
    stepStateTodo: 'to do',
  },
};
