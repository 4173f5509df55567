import { ELEVATED_ACCESS_BASES, MIN_REASON_LENGTH } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { usePpsContext } from '../provider/pps-provider';
import { viewStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { personOf } from '../testing/mock-server';
import {
  DialogPlaceholder,
  dialogKit,
  ElevatedAccessDialog,
  type ElevatedAccessDialogProps,
} from './elevated-access-dialog';
import { ElevatedAccessDialogBody } from './elevated-access-dialog-body';
import { accessNoticeMessages } from './messages';

/**
 * The dialog a General block's notice opens: the basis (one of `ELEVATED_ACCESS_BASES`: the
 * patient's consent or an emergency), a reason of at least `MIN_REASON_LENGTH` characters, and the
 * confirmation that the access is logged and shown to the patient on Helsenorge. A native modal
 * dialog: focus moves in, Escape cancels.
 *
 * The form itself is `ElevatedAccessDialogBody`, a chunk fetched on demand: every story of the open
 * dialog shows it, `FormAlone` shows it without the dialog around it, and `FormOnItsWay` and
 * `Unavailable` show what stands in its place while it comes or when it cannot be fetched.
 */
const meta = {
  title: 'Access restrictions/ElevatedAccessDialog',
  component: ElevatedAccessDialog,
  subcomponents: { ElevatedAccessDialogBody },
  args: { open: true, onClose: fn() },
  parameters: { pps: { patient: personOf('general-block') } },
  render: (args) => <Host {...args} />,
} satisfies Meta<typeof ElevatedAccessDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The host's side: keeps the dialog's `open` state, as AccessRestrictionNotice does. */
function Host({ open: initiallyOpen, onClose, messages }: ElevatedAccessDialogProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <button type="button" className="pps-button" onClick={() => setOpen(true)}>
        Åpne dialogen
      </button>
      <ElevatedAccessDialog
        open={open}
        onClose={() => {
          setOpen(false);
          onClose();
        }}
        messages={messages}
      />
    </>
  );
}

/** Open: one choice for each ELEVATED access basis (`ELEVATED_ACCESS_BASES`), focus inside. */
export const Open: Story = {
  async play({ canvasElement }) {
    const dialog = await within(canvasElement).findByRole('dialog', {
      name: 'Forhøyet tilgang til prøvesvar',
    });
    // One choice per elevated basis.
    await expect(within(dialog).getAllByRole('radio')).toHaveLength(ELEVATED_ACCESS_BASES.length);
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  },
};

/** A reason one character under the MIN length (`MIN_REASON_LENGTH`) is refused, and says why. */
export const ReasonTooShort: Story = {
  async play({ canvasElement }) {
    const dialog = await within(canvasElement).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Akuttsituasjon/ }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Begrunnelse' }),
      'x'.repeat(MIN_REASON_LENGTH - 1),
    );
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    await expect(within(dialog).getByRole('textbox', { name: 'Begrunnelse' })).toHaveAccessibleDescription(
      new RegExp(`minst ${MIN_REASON_LENGTH} tegn`),
    );
  },
};

/** A reason of exactly the MIN length (`MIN_REASON_LENGTH`) is accepted; the dialog closes. */
export const Confirmed: Story = {
  async play({ canvasElement, args }) {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Pasienten samtykker/ }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Begrunnelse' }),
      'x'.repeat(MIN_REASON_LENGTH),
    );
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

export const Cancelled: Story = {
  async play({ canvasElement, args }) {
    const canvas = within(canvasElement);
    await userEvent.click(within(await canvas.findByRole('dialog')).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

export const Closed: Story = {
  args: { open: false },
  async play({ canvas }) {
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  async play({ canvasElement }) {
    await expect(
      await within(canvasElement).findByRole('dialog', { name: 'Forhøgd tilgang til prøvesvar' }),
    ).toBeVisible();
  },
};

export const HostTexts: Story = {
  args: { messages: { nb: { elevateTitle: 'Åpne sperrede prøvesvar' } } },
  async play({ canvasElement }) {
    await expect(
      await within(canvasElement).findByRole('dialog', { name: 'Åpne sperrede prøvesvar' }),
    ).toBeVisible();
  },
};

/**
 * The dialog's form (`ElevatedAccessDialogBody`) is fetched on demand, when the dialog mounts. Opened
 * before it is in (a slow network), the dialog's place says it is on its way.
 */
export const FormOnItsWay: Story = {
  render: () => <PlaceholderInLocale failed={false} onRetry={fn()} />,
  async play({ canvas }) {
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent('Henter skjemaet for forhøyet tilgang …');
    await expect(status).toHaveAttribute('aria-busy', 'true');
  },
};

/**
 * When the fetch fails (the network, a deployment that removed the file), the open dialog's place
 * says so, and "Prøv igjen" fetches it again.
 */
export const Unavailable: Story = {
  render: (args) => <PlaceholderInLocale failed onRetry={args.onClose} />,
  async play({ canvas, args }) {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('Skjemaet for forhøyet tilgang kunne ikke lastes.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

/** The form alone, `ElevatedAccessDialogBody`, with what the dialog hands it (`dialogKit`). */
export const FormAlone: Story = {
  render: (args) => <FormInLocale {...args} />,
  async play({ canvasElement }) {
    const dialog = await within(canvasElement).findByRole('dialog', {
      name: 'Forhøyet tilgang til prøvesvar',
    });
    await expect(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' })).toBeVisible();
  },
};

/** The placeholder in the toolbar's locale. */
function PlaceholderInLocale({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const texts = useMergedMessages(viewStateMessages, accessNoticeMessages);
  return <DialogPlaceholder texts={texts} failed={failed} onRetry={onRetry} />;
}

function FormInLocale({ open, onClose }: ElevatedAccessDialogProps) {
  return <ElevatedAccessDialogBody open={open} onClose={onClose} kit={dialogKit(usePpsContext())} />;
}
