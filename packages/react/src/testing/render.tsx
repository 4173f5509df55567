import {
  createParekClient,
  createPpsClient,
  createPtsClient,
  type PpsPatientContext,
} from '@pps-kit/api-client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PpsProvider, type PpsProviderProps } from '../provider/pps-provider';
import type { Locale, PpsTexts } from '../shared/i18n';

interface Options {
  patient: PpsPatientContext | null;
  locale?: Locale;
  /** The locale's texts, as a host that imports them passes them; without, the provider loads them. */
  texts?: PpsTexts;
  onAuditEvent?: PpsProviderProps['onAuditEvent'];
  canElevateAccess?: boolean;
  /** Leave the PTS and PaRek clients out, as a host without them would. */
  withoutPtsAndParek?: boolean;
  /** A lab's own message under its own person id, which PPS might refuse (a sample's). */
  acceptAnyPersonId?: boolean;
}

/**
 * Renders `ui` inside a PpsProvider whose PPS, PTS and PaRek clients talk to the network (MSW
 * answers there).
 */
export function renderWithPps(
  ui: ReactElement,
  {
    patient,
    locale = 'nb',
    texts,
    onAuditEvent,
    canElevateAccess,
    withoutPtsAndParek = false,
    acceptAnyPersonId,
  }: Options,
) {
  const client = createPpsClient({ baseUrl: '/api/pps', retry: false, acceptAnyPersonId });
  const ptsClient = withoutPtsAndParek ? undefined : createPtsClient({ baseUrl: '/api/pts', retry: false });
  const parekClient = withoutPtsAndParek
    ? undefined
    : createParekClient({ baseUrl: '/api/parek', retry: false });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const frame = (next: { patient: PpsPatientContext | null; locale: Locale }) => (
    <PpsProvider
      client={client}
      ptsClient={ptsClient}
      parekClient={parekClient}
      patient={next.patient}
      locale={next.locale}
      texts={texts}
      queryClient={queryClient}
      onAuditEvent={onAuditEvent}
      canElevateAccess={canElevateAccess}
    >
      {ui}
    </PpsProvider>
  );
  const view = render(frame({ patient, locale }));
  return {
    ...view,
    queryClient,
    rerenderWith: (next: { patient: PpsPatientContext | null; locale?: Locale }) =>
      view.rerender(frame({ patient: next.patient, locale: next.locale ?? locale })),
  };
}
