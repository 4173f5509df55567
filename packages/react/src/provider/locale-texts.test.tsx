// @vitest-environment jsdom
/**
 * Only bokmål is built in: nynorsk and English load when a provider's locale asks for them, or
 * come from the host. The views wait for them, and never show bokmål meanwhile. Module state is
 * per test file, so the first test here meets texts not yet loaded.
 */
import { createMockServer } from '@pps-kit/mocks/node';
import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessRestrictionNotice } from '../access/access-restriction-notice';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { en } from '../locales/en';
import { nn } from '../locales/nn';
import { personOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { textsShown } from '../testing/texts-shown';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const patient = personOf('report-versions');

describe('locale texts on demand', () => {
  it('English not yet loaded: the view waits, in English, then speaks English; no bokmål on the way', async () => {
    const view = renderWithPps(<LabResultsOverview />, { patient, locale: 'en' });
    const shown = textsShown(view.container);
    const waiting = view.container.querySelector('[data-state="loading-texts"]');
    expect(waiting).toHaveAttribute('role', 'status');
    expect(waiting).toHaveAttribute('aria-busy', 'true');
    expect(waiting).toHaveAttribute('lang', 'en');
    expect(waiting).toHaveTextContent('Loading …');
    await screen.findByText(/^Showing \d+ of/);
    shown.stop();
    expect(shown.seen.join('\n')).not.toMatch(/Henter|Hentar|Prøvesvar|Viser/);
    expect(shown.seen.join('\n')).toMatch(/Loading lab results/);
  });

  it('English once loaded on the page: the next provider has it from its first render', () => {
    renderWithPps(<LabResultsOverview />, { patient, locale: 'en' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading lab results …');
  });

  it('a part mounted alone (AccessRestrictionNotice) waits for nynorsk too, and never shows bokmål', async () => {
    const view = renderWithPps(<AccessRestrictionNotice codes={['General']} />, { patient, locale: 'nn' });
    const shown = textsShown(view.container);
    expect(screen.getByRole('status')).toHaveTextContent('Lastar …');
    await screen.findByText('Prøvesvara er sperra');
    shown.stop();
    expect(shown.seen.join('\n')).not.toMatch(/Prøvesvarene er sperret|Gi forhøyet/);
  });

  it('nynorsk from the host (`texts`): there from the first render, without loading', () => {
    renderWithPps(<LabResultsOverview />, { patient, locale: 'nn', texts: nn });
    expect(screen.getByRole('status')).toHaveTextContent('Hentar prøvesvar …');
  });

  it('bokmål is built in: there from the first render', () => {
    renderWithPps(<LabResultsOverview />, { patient });
    expect(screen.getByRole('status')).toHaveTextContent('Henter prøvesvar …');
  });

  it('a switch of locale on the fly reaches the view, loading nynorsk when first asked for', async () => {
    const view = renderWithPps(<LabResultsOverview />, { patient, locale: 'nb' });
    await screen.findByText(/^Viser \d+ av \d+ svarrapporter$/);
    view.rerenderWith({ patient, locale: 'nn' });
    await screen.findByText(/^Viser \d+ av \d+ svarrapportar$/);
    view.rerenderWith({ patient, locale: 'en' });
    await screen.findByText(/^Showing \d+ of \d+ reports$/);
    // The rows too (they are memoized): each report's status in English.
    const rows = [...view.container.querySelectorAll<HTMLElement>('tbody tr[data-status]')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const status = row.dataset.status as keyof typeof en.labResults.statusLabels;
      expect(row).toHaveTextContent(en.labResults.statusLabels[status]);
    }
    view.rerenderWith({ patient, locale: 'nb' });
    await screen.findByText(/^Viser \d+ av \d+ svarrapporter$/);
  });
});
