import { Component, type ReactNode } from 'react';

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
        <h1>Noe gikk galt i EPJ-demoen</h1>
        <p role="alert">
          Siden kunne ikke vises (
          {this.state.error instanceof Error ? this.state.error.message : 'ukjent feil'}).
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Last inn på nytt
        </button>
      </main>
    );
  }
}
