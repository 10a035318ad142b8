import { Component, type ComponentChildren } from 'preact';
import { signal } from '@preact/signals';
import { connectionState } from '../../data/connection';
import { isQuotaError } from '../../data/write-errors';

/** A storage failure seen anywhere (full disk, connection lost on iOS): shown once, never silently. */
export const storageProblem = signal<string | undefined>(undefined);

if (typeof window !== 'undefined') {
  window.addEventListener('unhandledrejection', (e) => {
    const name = (e.reason as { name?: string } | undefined)?.name ?? '';
    if (isQuotaError(e.reason)) {
      storageProblem.value = 'This device is out of storage space, so the last change was not saved. Free some space, then try again.';
    } else if (connectionState.value === 'open' && (name === 'DatabaseClosedError' || name === 'UnknownError' || name === 'InvalidStateError')) {
      // Not while the connection banner already explains a closed database.
      storageProblem.value = 'The connection to this device’s storage was lost. Reload to continue: saved work is safe.';
    }
  });
}

export function StorageProblemBanner() {
  if (!storageProblem.value) return null;
  return (
    <div class="banner banner--offline" role="alert">
      <p class="banner__text">{storageProblem.value}</p>
      <button type="button" class="button button--secondary" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}

/** Catches a page that fails to render, so the user sees what happened instead of a blank screen. */
export class PageErrorBoundary extends Component<{ children: ComponentChildren; resetKey: string }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  override componentDidUpdate(previous: { resetKey: string }): void {
    // Navigating away from a failed page gives the next page a fresh start.
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  override componentDidCatch(error: unknown): void {
    this.setState({ error });
  }

  override render() {
    if (this.state.error) {
      return (
        <div>
          <h1 id="page-heading" tabIndex={-1}>
            Something went wrong on this page
          </h1>
          <p>Your saved work is safe on this device. Reload the page to try again, or go back to Today.</p>
          <div class="button-group">
            <button type="button" class="button" onClick={() => location.reload()}>
              Reload
            </button>
            <a href="/">Go to Today</a>
          </div>
        </div>
      );
    }
    return this.props.children;
  }
}
