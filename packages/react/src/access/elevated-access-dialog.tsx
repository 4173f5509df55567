'use client';
import { ELEVATED_ACCESS_BASES, MIN_REASON_LENGTH } from '@pps-kit/api-client';
import { useEffect, useState } from 'react';
import { type PpsContextValue, usePpsContext } from '../provider/pps-provider';
import { type MessageOverrides, resolveMessages } from '../shared/i18n';
import { fill, type ViewStateMessages, viewStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { LoadingTexts } from '../shared/view-boundary';
import type { DialogKit, ElevatedAccessDialogBody } from './elevated-access-dialog-body';
import {
  type AccessNoticeMessages,
  accessNoticeMessages,
  type ElevatedAccessDialogMessages,
} from './messages';

export interface ElevatedAccessDialogProps {
  /** Whether the dialog is open. */
  open: boolean;
  /** Called when the dialog closes: cancelled, Escape, or access given. */
  onClose: () => void;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<ElevatedAccessDialogMessages & PlaceholderMessages> | undefined;
}

/** What stands in the open dialog's place while its form comes or cannot be fetched. */
type PlaceholderMessages = Pick<AccessNoticeMessages, 'elevateLoading' | 'elevateUnavailable'> &
  Pick<ViewStateMessages, 'retry'>;

type Body = typeof ElevatedAccessDialogBody;

let bodyLoaded: Body | undefined;
let bodyLoading: Promise<Body> | undefined;

/** The dialog's code, fetched once; a failed fetch is forgotten, so the next attempt fetches again. */
function loadBody(): Promise<Body> {
  bodyLoading ??= import('./elevated-access-dialog-body').then(
    (module) => {
      bodyLoaded = module.ElevatedAccessDialogBody;
      return bodyLoaded;
    },
    (error: unknown) => {
      bodyLoading = undefined;
      throw error;
    },
  );
  return bodyLoading;
}

/**
 * Opens a General block (sperring) for the open patient: the clinician chooses the basis (the
 * patient's consent or an emergency), gives a reason, and confirms that the access is logged and
 * shown to the patient on Helsenorge. Then every view fetches its data again with the elevated
 * access basis, and `onAuditEvent` receives `elevated-access-started`.
 *
 * The form's code is a chunk of its own, fetched when the dialog mounts (closed), so it is there
 * when the dialog opens. If that fetch fails, the open dialog says so in its place, with a retry.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <ElevatedAccessDialog open={open} onClose={() => setOpen(false)} />
 * </PpsProvider>
 * ```
 */
export function ElevatedAccessDialog({ open, onClose, messages }: ElevatedAccessDialogProps) {
  const t = useMergedMessages(viewStateMessages, accessNoticeMessages, messages);
  const context = usePpsContext();
  // The form's code, or 'failed' while it could not be fetched.
  const [body, setBody] = useState<Body | 'failed' | undefined>(() => bodyLoaded);
  const [attempt, setAttempt] = useState(0);
  const ready = typeof body === 'function';
  // biome-ignore lint/correctness/useExhaustiveDependencies: a retry (attempt) fetches again
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadBody().then(
      (component) => live && setBody(() => component),
      () => live && setBody('failed'),
    );
    return () => {
      live = false;
    };
  }, [ready, attempt]);

  // Opened before the locale's texts are in: say so in that language, never bokmål for a moment.
  if (open && !context.textsReady) return <LoadingTexts locale={context.locale} />;
  if (typeof body === 'function') {
    const Form = body;
    return <Form open={open} onClose={onClose} messages={messages} kit={dialogKit(context)} />;
  }
  if (!open) return null;
  return <DialogPlaceholder texts={t} failed={body === 'failed'} onRetry={() => setAttempt((n) => n + 1)} />;
}

/** What the form needs from the kit, from the provider's context (see `DialogKit`). */
export function dialogKit({ locale, theme, startElevatedAccess, texts }: PpsContextValue): DialogKit {
  return {
    locale,
    theme,
    startElevatedAccess,
    texts,
    resolve: resolveMessages,
    fill,
    bases: ELEVATED_ACCESS_BASES,
    minReasonLength: MIN_REASON_LENGTH,
  };
}

/**
 * In place of the open dialog while its code is on its way (a status), or could not be fetched
 * (an alert, with a retry).
 */
export function DialogPlaceholder({
  texts,
  failed,
  onRetry,
}: {
  texts: Pick<AccessNoticeMessages, 'elevateLoading' | 'elevateUnavailable'> &
    Pick<ViewStateMessages, 'retry'>;
  failed: boolean;
  onRetry: () => void;
}) {
  return failed ? (
    <div className="pps-error-summary" role="alert">
      <p>{texts.elevateUnavailable}</p>
      <button type="button" className="pps-button" onClick={onRetry}>
        {texts.retry}
      </button>
    </div>
  ) : (
    <p className="pps-state" role="status" aria-busy="true">
      {texts.elevateLoading}
    </p>
  );
}
