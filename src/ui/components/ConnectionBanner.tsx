import { connectionState } from '../../data/connection';

/**
 * Says why this tab has stopped saving (a newer version took over the database in another tab),
 * or why this newer version has not started yet (an older tab still holds the database).
 */
export function ConnectionBanner() {
  const state = connectionState.value;
  if (state === 'replaced') {
    return (
      <div class="banner banner--stopped" role="alert">
        <p class="banner__text">
          <strong>The app was updated in another tab.</strong> This tab can no longer save anything. Reload to carry on: what you were
          typing is kept.
        </p>
        <button type="button" class="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (state === 'waiting') {
    return (
      <div class="banner banner--offline" role="status">
        <p class="banner__text">
          <strong>Close the app’s other tabs to finish updating.</strong> An older version of the app is still open in another tab or window.
        </p>
      </div>
    );
  }
  return null;
}
