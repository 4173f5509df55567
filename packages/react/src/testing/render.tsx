import { createPpsClient, type PpsPatientContext } from '@pps-kit/api-client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PpsProvider, type PpsProviderProps } from '../provider/pps-provider';
import type { Locale } from '../shared/i18n';

/** Renders `ui` inside a PpsProvider whose client talks to the network (MSW answers there). */
export function renderWithPps(
  ui: ReactElement,
  {
    patient,
    locale = 'nb',
    onAuditEvent,
  }: { patient: PpsPatientContext | null; locale?: Locale; onAuditEvent?: PpsProviderProps['onAuditEvent'] },
) {
  const client = createPpsClient({ baseUrl: '/api/pps', retry: false });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <PpsProvider
      client={client}
      patient={patient}
      locale={locale}
      queryClient={queryClient}
      onAuditEvent={onAuditEvent}
    >
      {ui}
    </PpsProvider>,
  );
  return {
    ...view,
    queryClient,
    rerenderWith: (next: { patient: PpsPatientContext | null; locale?: Locale }) =>
      view.rerender(
        <PpsProvider
          client={client}
          patient={next.patient}
          locale={next.locale ?? locale}
          queryClient={queryClient}
        >
          {ui}
        </PpsProvider>,
      ),
  };
}
