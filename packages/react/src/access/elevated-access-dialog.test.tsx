// @vitest-environment jsdom
/**
 * `ElevatedAccessDialog` fetches its form on demand. Opened before the locale's texts are in, it
 * waits in that language, and never shows bokmål meanwhile. Module state is per test file, so the
 * first test here meets nynorsk not yet loaded.
 */
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { personOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { ElevatedAccessDialog } from './elevated-access-dialog';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const patient = personOf('general-block');

describe('ElevatedAccessDialog', () => {
  it('opened before nynorsk is in: waits in nynorsk, then asks in nynorsk; no bokmål on the way', async () => {
    const view = renderWithPps(<ElevatedAccessDialog open onClose={vi.fn()} />, { patient, locale: 'nn' });
    const seen: string[] = [view.container.textContent ?? ''];
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const waiting = screen.getByRole('status');
    expect(waiting).toHaveTextContent('Lastar …');
    expect(waiting).toHaveAttribute('lang', 'nn');
    const dialog = await screen.findByRole('dialog', { name: 'Forhøgd tilgang til prøvesvar' });
    observer.disconnect();
    expect(within(dialog).getByRole('button', { name: 'Opne prøvesvara' })).toBeInTheDocument();
    expect(seen.join('\n')).not.toMatch(/Forhøyet tilgang til prøvesvar|Åpne prøvesvarene|Lukk/);
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
