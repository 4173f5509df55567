// @vitest-environment jsdom
import { createPpsClient } from '@pps-kit/api-client';
import { handlers } from '@pps-kit/mocks';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from './app';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('EPJ demo shell', () => {
  it('shows the first patient’s lab reports from the mock, and follows the patient list', async () => {
    const user = userEvent.setup();
    render(<App client={createPpsClient({ baseUrl: '/api/pps' })} usesMocks />);
    expect(screen.getByRole('heading', { level: 1, name: 'Miljøgift, Relevant' })).toBeInTheDocument();
    expect(screen.getByText(/048868 97869/)).toBeInTheDocument();
    const overview = await screen.findByRole('region', { name: 'Prøvesvar' });
    expect((await within(overview).findAllByRole('table')).length).toBeGreaterThan(1);

    await user.click(screen.getByRole('button', { name: /Fjell, Rolig/ }));
    expect(await screen.findByText('Prøvesvarene er sperret')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByText('Lab results are blocked')).toBeInTheDocument();
  });
});
