// @vitest-environment jsdom
/**
 * `ElevatedAccessDialog` fetches its form on demand. Opened before the form is in, it says the form
 * is on its way; opened before the locale's texts are in, it waits in that language, and never
 * shows bokmål meanwhile. Module state is per test file, so the first test here meets the form not
 * yet fetched, and the second nynorsk not yet loaded.
 */
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { personOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { TEXTS } from '../testing/texts';
import { textsShown } from '../testing/texts-shown';
import { ElevatedAccessDialog } from './elevated-access-dialog';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const patient = personOf('general-block');

describe('ElevatedAccessDialog', () => {
  it('opened before its form is in: says the form is on its way, then shows it', async () => {
    renderWithPps(<ElevatedAccessDialog open onClose={vi.fn()} />, { patient });
    const waiting = screen.getByRole('status');
    expect(waiting).toHaveTextContent(TEXTS.nb.access.elevateLoading);
    expect(waiting).toHaveAttribute('aria-busy', 'true');
    await screen.findByRole('dialog', { name: TEXTS.nb.access.elevateTitle });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('opened before nynorsk is in: waits in nynorsk, then asks in nynorsk; no bokmål on the way', async () => {
    renderWithPps(<ElevatedAccessDialog open onClose={vi.fn()} />, { patient, locale: 'nn' });
    const shown = textsShown(document.body);
    const waiting = screen.getByRole('status');
    expect(waiting).toHaveTextContent('Lastar …');
    expect(waiting).toHaveAttribute('lang', 'nn');
    const dialog = await screen.findByRole('dialog', { name: TEXTS.nn.access.elevateTitle });
    shown.stop();
    expect(within(dialog).getByRole('button', { name: TEXTS.nn.access.elevateSubmit })).toBeInTheDocument();
    const bokmål = [
      TEXTS.nb.access.elevateTitle,
      TEXTS.nb.access.elevateSubmit,
      TEXTS.nb.access.elevateLoading,
    ];
    for (const text of bokmål) expect(shown.seen.join('\n')).not.toContain(text);
  });

  it('closed, it shows nothing; opened by its host, the form is there', async () => {
    const user = userEvent.setup();
    renderWithPps(<Host />, { patient });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Åpne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

/** A host that keeps the dialog's `open` state. */
function Host() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Åpne
      </button>
      <ElevatedAccessDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
