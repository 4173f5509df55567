import { PpsHttpError, PpsPagingError, PpsResponseError } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { PagesStatus } from '../lab-results/pages-status';
import type { LabReportPages } from '../lab-results/use-lab-report-pages';
import { usePpsContext } from '../provider/pps-provider';
import { HiddenNotice, IncompleteNotice, RefetchWarning } from './data-state';
import { dataStateMessages } from './messages';
import { useMessages } from './use-messages';
import { LoadingTexts, ViewBoundary } from './view-boundary';

/**
 * What a data view says beside, or instead of, its data when the answer is not all there:
 * outcomes that may hide data (`HiddenNotice`), paging that stopped early (`IncompleteNotice`),
 * a refetch that failed while the last data stays (`RefetchWarning`), all of them together above
 * a view's data (`PagesStatus`), a view that could not render its answer (`ViewBoundary`), and a
 * view waiting for its nynorsk or English texts (`LoadingTexts`).
 * None of them is ever "no results".
 */
const meta = {
  title: 'States/Notices',
  component: HiddenNotice,
  args: { codes: ['suppressed'], messages: dataStateMessages.nb },
  render: (args) => <Localized>{(t) => <HiddenNotice {...args} messages={t} />}</Localized>,
} satisfies Meta<typeof HiddenNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The toolbar's language, as the views take it. */
function Localized({ children }: { children: (t: typeof dataStateMessages.nb) => React.ReactNode }) {
  const t = useMessages(dataStateMessages);
  return <div className="pps-root">{children(t)}</div>;
}

const stopped = new PpsPagingError({ problem: 'page-repeated', loaded: 10, atLeast: 120 });
// 08:30 in Oslo (winter), whatever the machine's zone.
const UPDATED_AT = Date.UTC(2026, 11, 2, 7, 30);

export const Hidden: Story = {
  async play({ canvas }) {
    await expect(canvas.getByRole('status')).toHaveTextContent('Noen data kan være skjult');
    await expect(canvas.getByRole('status')).toHaveTextContent('(kode: suppressed)');
  },
};

export const HiddenSeveralCodes: Story = {
  args: { codes: ['suppressed', 'Blocked'] },
  async play({ canvas }) {
    await expect(canvas.getByRole('status')).toHaveTextContent('(kode: suppressed, Blocked)');
  },
};

export const Incomplete: Story = {
  render: () => <Localized>{(t) => <IncompleteNotice incomplete={stopped} messages={t} />}</Localized>,
  async play({ canvas }) {
    const notice = canvas.getByRole('status');
    await expect(notice).toHaveTextContent('Ikke alle svarrapportene kunne hentes');
    await expect(notice).toHaveTextContent('Pasientens prøvesvar sendte de samme svarrapportene om igjen.');
    await expect(notice).toHaveTextContent('Viser de 10 som ble hentet. Det finnes minst 120.');
  },
};

export const IncompleteTooManyPages: Story = {
  render: () => (
    <Localized>
      {(t) => (
        <IncompleteNotice
          incomplete={new PpsPagingError({ problem: 'too-many-pages', loaded: 2000, atLeast: 2001 })}
          messages={t}
        />
      )}
    </Localized>
  ),
  async play({ canvas }) {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Pasienten har flere svarrapporter enn det som hentes på én gang.',
    );
  },
};

export const RefetchFailed: Story = {
  render: () => (
    <Localized>
      {(t) => (
        <RefetchWarning
          error={new PpsHttpError({ status: 503 })}
          updatedAt={UPDATED_AT}
          onRetry={fn()}
          messages={t}
          locale="nb"
        />
      )}
    </Localized>
  ),
  async play({ canvas }) {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('Visningen kunne ikke oppdateres');
    await expect(alert).toHaveTextContent('Viser det som ble hentet kl. 08:30.');
    await expect(canvas.getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
  },
};

/** A failure that retrying cannot mend (another person's data, a refused request): no retry button. */
export const RefetchFailedNoRetry: Story = {
  render: () => (
    <Localized>
      {(t) => (
        <RefetchWarning
          error={new PpsHttpError({ status: 403 })}
          updatedAt={UPDATED_AT}
          onRetry={fn()}
          messages={t}
          locale="nb"
        />
      )}
    </Localized>
  ),
  async play({ canvas }) {
    await expect(canvas.getByRole('alert')).toHaveTextContent('HTTP 403');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

const pages = (over: Partial<LabReportPages>): LabReportPages => ({
  model: { reports: [], privacy: [], hidden: [], noData: false, total: 120 },
  progress: { loaded: 10, total: 120 },
  isPending: false,
  isLoadingMore: false,
  isComplete: false,
  incomplete: undefined,
  error: undefined,
  refetchError: undefined,
  updatedAt: UPDATED_AT,
  pageError: undefined,
  retry: fn(),
  ...over,
});

/** Everything at once above a view's data: a refetch failed, paging stopped, something may be hidden. */
export const PagesStatusAll: Story = {
  render: () => (
    <Localized>
      {(t) => (
        <PagesStatus
          pages={pages({
            incomplete: stopped,
            refetchError: new PpsHttpError({ status: 503 }),
            model: { reports: [], privacy: [], hidden: ['suppressed'], noData: false, total: 120 },
          })}
          messages={t}
          locale="nb"
        />
      )}
    </Localized>
  ),
  async play({ canvas }) {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Visningen kunne ikke oppdateres');
    await expect(canvas.getByText('Ikke alle svarrapportene kunne hentes')).toBeVisible();
    await expect(canvas.getByText('Noen data kan være skjult')).toBeVisible();
  },
};

/** While later pages load, and after one of them failed. */
export const PagesStatusLoadingAndFailedPage: Story = {
  render: () => (
    <Localized>
      {(t) => (
        <>
          <PagesStatus
            pages={pages({ isLoadingMore: true, progress: { loaded: 50, total: 120 } })}
            messages={t}
            locale="nb"
          />
          <PagesStatus
            pages={pages({ pageError: new PpsResponseError('$', 'the body is not valid JSON') })}
            messages={t}
            locale="nb"
          />
        </>
      )}
    </Localized>
  ),
  async play({ canvas }) {
    await expect(canvas.getByRole('status')).toHaveTextContent('Henter svarrapporter: 50 av 120');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Ikke alle svarrapportene kunne hentes');
  },
};

function Broken(): React.ReactNode {
  // A view that cannot render the answer it was given.
  usePpsContext();
  throw new Error('the view could not render this answer');
}

/** A view that throws while rendering fails alone: its own message and a retry, the host goes on. */
export const ViewBoundaryFailed: Story = {
  render: () => (
    <div>
      <p>Journalen (verten) virker som før.</p>
      <ViewBoundary>
        <Broken />
      </ViewBoundary>
    </div>
  ),
  async play({ canvas }) {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Denne visningen kan ikke vises');
    await expect(canvas.getByText('Journalen (verten) virker som før.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Prøv igjen' }));
    // The answer is the same: the view fails again, alone.
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Denne visningen kan ikke vises');
  },
};

/**
 * The wait for a locale's texts, in that locale's words (`lang` set), busy: the texts are not
 * there yet, so these words are the component's own.
 */
const waitingIn = (locale: 'nn' | 'en', words: string): Story => ({
  render: () => <LoadingTexts locale={locale} />,
  async play({ canvas }) {
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent(words);
    await expect(status).toHaveAttribute('aria-busy', 'true');
    await expect(status).toHaveAttribute('lang', locale);
  },
});

/** In place of a view for the few milliseconds its nynorsk texts are on their way, never bokmål. */
export const LoadingTextsNynorsk: Story = waitingIn('nn', 'Lastar …');

/** The same wait for the English texts. */
export const LoadingTextsEnglish: Story = waitingIn('en', 'Loading …');
