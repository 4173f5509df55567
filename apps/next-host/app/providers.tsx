'use client';
/**
 * The client boundary: the clients and the provider, which hold functions a server component
 * cannot pass. The views themselves are imported by the page, a server component.
 */
import { createParekClient, createPpsClient, createPtsClient } from '@pps-kit/api-client';
import { PpsProvider } from '@pps-kit/react';
import type { ReactNode } from 'react';

const pps = createPpsClient({ baseUrl: '/api/pps' });
const pts = createPtsClient({ baseUrl: '/api/pts' });
const parek = createParekClient({ baseUrl: '/api/parek', sourceSystem: 'next-host' });

export function Providers({ personId, children }: { personId: string; children: ReactNode }) {
  return (
    <PpsProvider
      client={pps}
      ptsClient={pts}
      parekClient={parek}
      patient={{ personId }}
      locale="nb"
      readPagesInWorker
    >
      {children}
    </PpsProvider>
  );
}
