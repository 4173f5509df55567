import {
  createParekClient,
  createPpsClient,
  createPtsClient,
  type PpsPatientContext,
} from '@pps-kit/api-client';
import { createMockHandlers, patientWithScenario } from '@pps-kit/mocks';
import { type Locale, PpsProvider, type PpsTheme } from '@pps-kit/react';
// The stylesheet, as a host imports it: the package's index is side-effect free, so a production
// build (storybook-static) drops the index's own CSS import.
import '@pps-kit/react/styles.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { type ReactNode, useState } from 'react';

/** Story parameters that set the PPS context. */
export interface PpsStoryParameters {
  /** The open patient; `null` for none. Defaults to the test patient with report versions. */
  patient?: PpsPatientContext | null;
  /** Leave the PTS and PaRek clients out, as a host without them would. */
  withoutPtsAndParek?: boolean;
  /** The provider's `canElevateAccess`. @default true */
  canElevateAccess?: boolean;
}

const defaultPatient: PpsPatientContext = { personId: patientWithScenario('report-versions').personId };

// No retries: every state shows at once. The mocks answer on any origin and prefix.
const client = createPpsClient({ baseUrl: '/api/pps', retry: false });
const ptsClient = createPtsClient({ baseUrl: '/api/pts', retry: false });
const parekClient = createParekClient({ baseUrl: '/api/parek', retry: false });

function StoryFrame({
  patient,
  locale,
  theme,
  withoutPtsAndParek = false,
  canElevateAccess = true,
  children,
}: {
  patient: PpsPatientContext | null;
  locale: Locale;
  theme: PpsTheme;
  withoutPtsAndParek?: boolean | undefined;
  canElevateAccess?: boolean | undefined;
  children: ReactNode;
}) {
  // A fresh cache per story, without retries, so every state shows at once.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <PpsProvider
      client={client}
      ptsClient={withoutPtsAndParek ? undefined : ptsClient}
      parekClient={withoutPtsAndParek ? undefined : parekClient}
      patient={patient}
      locale={locale}
      theme={theme}
      queryClient={queryClient}
      canElevateAccess={canElevateAccess}
    >
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
      withoutPtsAndParek={pps.withoutPtsAndParek}
      canElevateAccess={pps.canElevateAccess}
    >
      <Story />
    </StoryFrame>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  beforeEach({ msw }) {
    // Fresh mock state per story: a restriction created in one story never shows in another.
    msw.use(...createMockHandlers());
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
  // Every component gets a docs page: its description with how to embed it, its props table and
  // every story (state) on one page.
  tags: ['autodocs'],
  parameters: {
    a11y: {
      test: 'error', // an axe violation fails the story test
      // And WCAG 2.5.3 (label in name), which axe runs only when asked: visible text is in the name.
      config: { rules: [{ id: 'label-content-name-mismatch', enabled: true }] },
    },
    layout: 'padded',
  },
};

export default preview;
