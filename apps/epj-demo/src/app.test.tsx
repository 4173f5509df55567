// @vitest-environment jsdom
import { createMockHandlers } from '@pps-kit/mocks';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from './app';

const server = setupServer(...createMockHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('EPJ demo shell', () => {
  it('signs in, shows the attestation, opens a patient with the KJ indicator and follows the tabs', async () => {
    const user = userEvent.setup();
    render(<App usesMocks />);
    await user.click(screen.getByRole('radio', { name: /Ola Overlege/ }));
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(screen.getByText(/Innlogget: Ola Overlege \(Lege\), HPR 565501872/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Miljøgift, Relevant/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Miljøgift, Relevant' })).toBeInTheDocument();
    expect(screen.getByText(/048868 97869/)).toBeInTheDocument();
    expect(await screen.findByText('Kjernejournal: Har kjernejournal')).toBeInTheDocument();
    const overview = await screen.findByRole('region', { name: 'Prøvesvar' });
    expect((await within(overview).findAllByRole('table')).length).toBeGreaterThan(1);

    await user.click(screen.getByRole('button', { name: 'Vis tillitsrammeverk-attest' }));
    const attestation = screen.getByRole('region', { name: /Tillitsrammeverk-attest/ });
    expect(attestation).toHaveTextContent('"type": "nhn:tillitsrammeverk:parameters"');
    expect(attestation).toHaveTextContent('"id": "04886897869"');

    await user.click(screen.getByRole('tab', { name: 'Rekvisisjoner' }));
    expect(await screen.findByRole('listitem', { name: 'Årskontroll diabetes' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Fjell, Rolig/ }));
    await user.click(screen.getByRole('tab', { name: 'Prøvesvar' }));
    expect(await screen.findByText('Prøvesvarene er sperret')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByText('Lab results are blocked')).toBeInTheDocument();
  });
});
