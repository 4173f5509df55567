// @vitest-environment jsdom
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { TrendChart } from './trend-chart';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('TrendChart', () => {
  it('splits the trend where the lab changes, explains the break, and takes µmol/L and umol/L for one unit', async () => {
    renderWithPps(<TrendChart code="NPU04998" />, { patient: personOf('gp-chemistry') });
    const chart = await screen.findByRole('img', { name: /^Utvikling: P-Kreatinin\./ });
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    expect(chart.querySelectorAll('.pps-trend__break')).toHaveLength(1);
    const [explanation] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(explanation).toHaveTextContent(
      /^Brudd 1 \(\d\d\.\d\d\.\d{4}\): nytt laboratorium \(Fjordbyen sykehus HF, Avdeling for medisinsk biokjemi → Dalen medisinske laboratorium\)\. Verdiene før og etter er ikke direkte sammenlignbare\.$/,
    );
  });

  it('gives a one-line summary, a reference band and the values as a table', async () => {
    renderWithPps(<TrendChart code="NPU27300" />, { patient: personOf('gp-chemistry') });
    const summary = await screen.findByText(/over de siste \d resultatene$|^For få sammenlignbare/, {
      selector: 'p',
    });
    expect(summary).toBeInTheDocument();
    expect(document.querySelectorAll('.pps-trend__band').length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: 'B-HbA1c' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(30);
  });

  it('narrows to a date window and switches analysis by keyboard', async () => {
    const user = userEvent.setup();
    renderWithPps(<TrendChart defaultCode="NPU04998" />, { patient: personOf('gp-chemistry') });
    await screen.findByRole('img', { name: /^Utvikling: P-Kreatinin/ });
    await user.click(screen.getByRole('radio', { name: '1 år' }));
    const table = screen.getByRole('table', { name: 'P-Kreatinin' });
    expect(within(table).getAllByRole('row').length).toBeLessThanOrEqual(6);
    expect(document.querySelectorAll('.pps-trend__break')).toHaveLength(0);
    screen.getByRole('combobox', { name: 'Analyse' }).focus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Analyse' }), 'NPU03577');
    expect(await screen.findByRole('heading', { name: 'Utvikling: P-TSH' })).toBeInTheDocument();
  });

  it('says so when there are no numbers for the analysis', async () => {
    renderWithPps(<TrendChart code="NPU01945" />, { patient: personOf('gp-chemistry') });
    expect(await screen.findByText('Ingen tallverdier for denne analysen i perioden.')).toBeInTheDocument();
  });

  it('names the analysis in its heading, never a bare code', async () => {
    const view = renderWithPps(<TrendChart code="NPU04998" />, { patient: personOf('gp-chemistry') });
    // While the results load the name is not known: no code in the heading.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Utvikling over tid');
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Utvikling: P-Kreatinin/ }),
    ).toBeInTheDocument();
    view.unmount();
    renderWithPps(<TrendChart code="NPU99999" />, { patient: personOf('gp-chemistry') });
    await screen.findByText('Ingen tallverdier for denne analysen i perioden.');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Utvikling over tid$/);
  });
});
