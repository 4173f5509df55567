'use client';

/**
 * A button, shown when it has focus, that takes keyboard users past a group of controls (the
 * filters) to what they filter: one Tab stop instead of one per control. A button, not a `#link`:
 * it never touches the host's URL or router.
 */
export function SkipButton({
  label,
  target,
}: {
  label: string;
  target: () => HTMLElement | null | undefined;
}) {
  return (
    <button type="button" className="pps-skip" onClick={() => target()?.focus()}>
      {label}
    </button>
  );
}
