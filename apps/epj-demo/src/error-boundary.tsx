import { fill, resolveMessages } from '@pps-kit/react';
import { Component, type ReactNode } from 'react';
import { demoMessages } from './messages';

/** Bokmål: the boundary sits above the language switch it would otherwise read. */
const t = resolveMessages(demoMessages, 'nb');

/**
 * The last line of defence: if any part of the demo throws while rendering, say so in words and
 * offer a reload, never a blank page. (pps-kit's own components show errors in place.)
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <main className="epj-signin" lang="nb">
        <h1>{t.crashTitle}</h1>
        <p role="alert">
          {fill(t.crashBody, {
            reason: this.state.error instanceof Error ? this.state.error.message : t.crashUnknown,
          })}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.crashReload}
        </button>
      </main>
    );
  }
}
