/**
 * The custom elements: each mounts one pps-kit component inside its own PpsProvider, built from
 * the element's attributes and properties. @r2wc/react-to-web-component maps attributes to
 * props and mounts React in the element (light DOM, so the one stylesheet styles it); the class
 * below adds what it lacks: the `patient` and `fetch` properties, and a removed attribute that
 * clears its prop (without it, removing `person-id` would leave the last patient on screen).
 */
import {
  createParekClient,
  createPpsClient,
  createPtsClient,
  type PpsPatientContext,
} from '@pps-kit/api-client';
import {
  CumulativeTable,
  LabReportView,
  LabResultsOverview,
  type Locale,
  type PpsAuditEvent,
  PpsProvider,
  type PpsTheme,
  PrivacyRestrictions,
  RequisitionList,
  TrendChart,
} from '@pps-kit/react';
import r2wc from '@r2wc/react-to-web-component';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import type {
  PpsElementAuditEvent,
  PpsElementPatient,
  PpsElevatedAccessDetail,
  PpsFetchBridge,
  PpsReportOpenDetail,
} from './pps-elements';

/** One cache for every element on the page: a report opened in one is not fetched again by another. */
const queryClient = new QueryClient();

interface ElementProps {
  container?: HTMLElement;
  personId?: string;
  patient?: PpsElementPatient | null;
  fetch?: PpsFetchBridge | undefined;
  locale?: string;
  theme?: string;
  ppsUrl?: string;
  ptsUrl?: string;
  parekUrl?: string;
  canElevateAccess?: boolean;
  reportId?: string;
  code?: string;
}

const ATTRIBUTES = {
  personId: 'string',
  locale: 'string',
  theme: 'string',
  ppsUrl: 'string',
  ptsUrl: 'string',
  parekUrl: 'string',
  canElevateAccess: 'boolean',
  reportId: 'string',
  code: 'string',
} as const;

const LOCALES: readonly string[] = ['nb', 'nn', 'en'];
const THEMES: readonly string[] = ['default', 'designsystemet', 'aksel'];

function emit<T>(element: HTMLElement | undefined, type: string, detail: T, cancelable = false): boolean {
  if (!element) return true;
  return element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** The provider an element's component needs, from the element's attributes and properties. */
function ElementProvider({ props, children }: { props: ElementProps; children: ReactNode }) {
  const {
    container,
    fetch: bridge,
    ppsUrl = '/api/pps',
    ptsUrl = '/api/pts',
    parekUrl = '/api/parek',
  } = props;
  const clients = useMemo(() => {
    // A bridge is called as a plain function, never as a method of the element.
    const fetch = bridge
      ? (input: RequestInfo | URL, init?: RequestInit) => bridge(String(input), init ?? {})
      : undefined;
    return {
      pps: createPpsClient({ baseUrl: ppsUrl, fetch }),
      pts: createPtsClient({ baseUrl: ptsUrl, fetch }),
      parek: createParekClient({ baseUrl: parekUrl, fetch }),
    };
  }, [bridge, ppsUrl, ptsUrl, parekUrl]);
  const personId = props.patient?.personId ?? props.personId;
  const patient: PpsPatientContext | null = personId ? { personId } : null;
  const onAuditEvent = (event: PpsAuditEvent) => {
    emit<PpsElementAuditEvent>(container, 'pps-audit', event);
    if (event.type === 'elevated-access-started' || event.type === 'elevated-access-ended') {
      emit<PpsElevatedAccessDetail>(container, 'pps-elevated-access', {
        active: event.type === 'elevated-access-started',
        basis: event.basis,
        reason: event.reason,
      });
    }
  };
  return (
    <PpsProvider
      client={clients.pps}
      ptsClient={clients.pts}
      parekClient={clients.parek}
      patient={patient}
      locale={(LOCALES.includes(props.locale ?? '') ? props.locale : 'nb') as Locale}
      theme={(THEMES.includes(props.theme ?? '') ? props.theme : 'default') as PpsTheme}
      canElevateAccess={props.canElevateAccess ?? true}
      onAuditEvent={onAuditEvent}
      queryClient={queryClient}
    >
      {children}
    </PpsProvider>
  );
}

/**
 * The overview. Opening a report fires a cancelable `pps-report-open`; unless the host cancels it
 * (to open the report in its own way), the element shows the report, with a way back.
 */
function LabResultsElement(props: ElementProps) {
  const [open, setOpen] = useState<string | undefined>();
  const [back, setBack] = useState<string | undefined>();
  const onReportOpen = (reportId: string) => {
    if (emit<PpsReportOpenDetail>(props.container, 'pps-report-open', { reportId }, true)) setOpen(reportId);
  };
  return (
    <ElementProvider props={props}>
      {open ? (
        <LabReportView
          reportId={open}
          onClose={() => {
            setBack(open);
            setOpen(undefined);
          }}
        />
      ) : (
        <LabResultsOverview onReportOpen={onReportOpen} focusReportId={back} />
      )}
    </ElementProvider>
  );
}

function LabReportElement(props: ElementProps) {
  return (
    <ElementProvider props={props}>
      {props.reportId ? <LabReportView reportId={props.reportId} /> : null}
    </ElementProvider>
  );
}

const simple = (render: (props: ElementProps) => ReactNode) =>
  function Element(props: ElementProps) {
    return <ElementProvider props={props}>{render(props)}</ElementProvider>;
  };

const R2WC_PROPS = Symbol.for('r2wc.props');
const R2WC_RENDER = Symbol.for('r2wc.render');

type R2wcInternals = HTMLElement & {
  [R2WC_PROPS]: ElementProps;
  [R2WC_RENDER]: () => void;
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The r2wc element class with the `patient` and `fetch` properties, and removable attributes. */
function ppsElement(component: (props: ElementProps) => ReactNode): CustomElementConstructor {
  const Base = r2wc(component, { props: ATTRIBUTES }) as unknown as new () => R2wcInternals;
  return class extends Base {
    get patient(): PpsElementPatient | null {
      return this[R2WC_PROPS].patient ?? null;
    }
    set patient(value: PpsElementPatient | null) {
      this[R2WC_PROPS].patient = value;
      this[R2WC_RENDER]();
    }
    get fetch(): PpsFetchBridge | undefined {
      return this[R2WC_PROPS].fetch;
    }
    set fetch(value: PpsFetchBridge | undefined) {
      this[R2WC_PROPS].fetch = value;
      this[R2WC_RENDER]();
    }
    override attributeChangedCallback(name: string, old: string | null, value: string | null) {
      if (value === null) {
        delete this[R2WC_PROPS][camel(name) as keyof ElementProps];
        this[R2WC_RENDER]();
      } else super.attributeChangedCallback(name, old, value);
    }
  };
}

export const PPS_ELEMENT_TAGS = [
  'pps-lab-results',
  'pps-lab-report',
  'pps-cumulative-table',
  'pps-trend-chart',
  'pps-requisitions',
  'pps-access',
] as const;

const COMPONENTS: Record<(typeof PPS_ELEMENT_TAGS)[number], (props: ElementProps) => ReactNode> = {
  'pps-lab-results': LabResultsElement,
  'pps-lab-report': LabReportElement,
  'pps-cumulative-table': simple(() => <CumulativeTable />),
  'pps-trend-chart': simple((props) => <TrendChart code={props.code} />),
  'pps-requisitions': simple(() => <RequisitionList />),
  'pps-access': simple(() => <PrivacyRestrictions />),
};

/** Defines every element, once (a second copy of the script on the page changes nothing). */
export function definePpsElements(): void {
  for (const tag of PPS_ELEMENT_TAGS) {
    if (!customElements.get(tag)) customElements.define(tag, ppsElement(COMPONENTS[tag]));
  }
}
