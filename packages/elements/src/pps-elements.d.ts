/**
 * @pps-kit/elements: pps-kit as custom elements, for hosts that do not write React (a desktop EPJ
 * showing web content in WebView2, a plain HTML page, any framework). One script defines every
 * element; one stylesheet styles them.
 *
 * Attributes (on every element): `person-id`, `locale` (`nb`, `nn`, `en`), `theme` (`default`,
 * `designsystemet`, `aksel`), `pps-url`, `pts-url`, `parek-url` (your backend proxy; default
 * `/api/pps`, `/api/pts`, `/api/parek`), `can-elevate-access` (`true`/`false`). Per element:
 * `report-id` (`<pps-lab-report>`), `code` (`<pps-trend-chart>`).
 *
 * This file is written by hand: it is the package's whole public type surface, and the elements'
 * code is checked against it.
 */

/** The patient open in the EPJ. A property keeps the fødselsnummer out of the DOM's attributes. */
export interface PpsElementPatient {
  personId: string;
  /** `FORHOYET_AKUTT` or `FORHOYET_SAMTYKKE` while elevated access is in force (set by the element). */
  accessBasis?: string | undefined;
}

/** Calls to PPS, PTS and PaRek, when the host proxies them itself (native code, a message port). */
export type PpsFetchBridge = (input: string, init: RequestInit) => Promise<Response>;

/** Something a clinician did that the host must log; `detail` of `pps-audit`. */
export interface PpsElementAuditEvent {
  type:
    | 'report-viewed'
    | 'elevated-access-started'
    | 'elevated-access-ended'
    | 'patient-safety-restriction-created';
  personId: string;
  /** ISO 8601. */
  time: string;
  reportId?: string;
  basis?: string;
  reason?: string;
  endedBy?: 'user' | 'patient-switch';
  objectType?: string;
  objectId?: string;
  confidentialityCode?: string;
}

/** `detail` of `pps-report-open`: cancel the event to open the report yourself. */
export interface PpsReportOpenDetail {
  reportId: string;
}

/** `detail` of `pps-elevated-access`: elevated access began or ended for the open patient. */
export interface PpsElevatedAccessDetail {
  active: boolean;
  basis: string;
  reason: string;
}

export interface PpsElementEventMap extends HTMLElementEventMap {
  'pps-audit': CustomEvent<PpsElementAuditEvent>;
  'pps-report-open': CustomEvent<PpsReportOpenDetail>;
  'pps-elevated-access': CustomEvent<PpsElevatedAccessDetail>;
}

/** What every pps-kit element has. */
export interface PpsElement extends HTMLElement {
  /** The patient, as a property (preferred) or the `person-id` attribute. `null`: no patient. */
  patient: PpsElementPatient | null;
  /** Calls go through this function instead of the page's `fetch`. */
  fetch: PpsFetchBridge | undefined;
  addEventListener<K extends keyof PpsElementEventMap>(
    type: K,
    listener: (this: PpsElement, event: PpsElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'pps-lab-results': PpsElement;
    'pps-lab-report': PpsElement;
    'pps-cumulative-table': PpsElement;
    'pps-trend-chart': PpsElement;
    'pps-requisitions': PpsElement;
    'pps-access': PpsElement;
  }
}

/** The tag names this package defines. */
export declare const PPS_ELEMENT_TAGS: readonly [
  'pps-lab-results',
  'pps-lab-report',
  'pps-cumulative-table',
  'pps-trend-chart',
  'pps-requisitions',
  'pps-access',
];
