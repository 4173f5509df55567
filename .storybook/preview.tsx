import { createPpsClient, type PpsPatientContext } from '@pps-kit/api-client';
import { handlers, patientWithScenario } from '@pps-kit/mocks';
import { type Locale, PpsProvider, type PpsTheme } from '@pps-kit/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { type ReactNode, useState } from 'react';

/** Story parameters that set the PPS context. */
export interface PpsStoryParameters {
  /** The open patient; `null` for none. Defaults to the test patient with report versions. */
  patient?: PpsPatientContext | null;
}

const defaultPatient: PpsPatientContext = { personId: patientWithScenario('report-versions').personId };

// No retries: every state shows at once.
const client = createPpsClient({ baseUrl: '/api/pps', retry: false });

function StoryFrame({
  patient,
  locale,
  theme,
  children,
}: {
  patient: PpsPatientContext | null;
  locale: Locale;
  theme: PpsTheme;
  children: ReactNode;
}) {
  // A fresh cache per story, without retries, so every state shows at once.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <PpsProvider client={client} patient={patient} locale={locale} theme={theme} queryClient={queryClient}>
      {children}
    </PpsProvider>
  );
}

const withPps: Decorator = (Story, { parameters, globals }) => {
  const pps = (parameters.pps ?? {}) as PpsStoryParameters;
  return (
    <StoryFrame
      patient={pps.patient === undefined ? defaultPatient : pps.patient}
      locale={(globals.locale as Locale | undefined) ?? 'nb'}
      theme={(globals.theme as PpsTheme | undefined) ?? 'default'}
    >
      <Story />
    </StoryFrame>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  beforeEach({ msw }) {
    msw.use(...handlers);
  },
  decorators: [withPps],
  globalTypes: {
    theme: {
      description: 'Look preset',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'pps-kit' },
          { value: 'designsystemet', title: 'Designsystemet' },
          { value: 'aksel', title: 'Aksel' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of pps-kit texts',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Bokmål' },
          { value: 'nn', title: 'Nynorsk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb', theme: 'default' },
  parameters: {
    a11y: { test: 'error' }, // an axe violation fails the story test
    layout: 'padded',
  },
};

export default preview;
