// @vitest-environment jsdom
/**
 * What does not need layout. The grid's columns, scrolling and keyboard use need a real browser:
 * they are tested in the stories' play functions, in Chromium.
 */
import { createMockServer } from '@pps-kit/mocks/node';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { CumulativeTable } from './cumulative-table';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const summary = () => screen.findByText(/analyser, \d+ prøvetidspunkt$/);

describe('CumulativeTable', () => {
  it('counts analyses and sample times, and narrows them with the filters', async () => {
    const user = userEvent.setup();
    renderWithPps(<CumulativeTable />, { patient: personOf('gp-chemistry') });
    expect((await summary()).textContent).toMatch(/^\d{2} analyser, 4[0-9] prøvetidspunkt$/);
    expect(screen.getByRole('grid', { name: 'Kumulativ visning' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Søk etter analyse' }), 'krea');
    expect((await summary()).textContent).toMatch(/^1 analyser, 3\d prøvetidspunkt$/); // µmol/L and umol/L are one unit
    await user.clear(screen.getByRole('searchbox', { name: 'Søk etter analyse' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Fagområde' }), 'IMTR');
    expect(await summary()).toHaveTextContent('2 analyser, 1 prøvetidspunkt');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fagområde' }), 'NUK');
    expect(screen.getByText('Ingen analyser passer filteret.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fagområde' }), '');

    await user.type(screen.getByLabelText(/^Prøvetatt fra/), '01.01.2026');
    const thisYear = Number(/, (\d+) prøvetidspunkt/.exec((await summary()).textContent ?? '')?.[1]);
    expect(thisYear).toBeGreaterThan(0);
    expect(thisYear).toBeLessThan(10);
  });

  it('names a block instead of showing an empty table', async () => {
    renderWithPps(<CumulativeTable />, { patient: personOf('general-block') });
    expect(await screen.findByText('Prøvesvarene er sperret')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('says so when PPS holds no data', async () => {
    renderWithPps(<CumulativeTable />, { patient: personOf('no-data') });
    expect(
      await screen.findByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
    ).toBeInTheDocument();
  });
});
