import { applyUpdate, updateWaiting } from './register';

/**
 * The last keystrokes of any open form are written before the page goes. The drafts code loads
 * here, not with the first screen: an open form has loaded it already.
 */
async function reloadToUpdate(): Promise<void> {
  await import('../data/repositories/drafts').then((m) => m.writePendingDrafts()).catch(() => undefined);
  applyUpdate();
}

export function UpdateBanner() {
  if (!updateWaiting.value) return null;
  return (
    <div class="banner banner--info" role="region" aria-label="New version">
      <p class="banner__text">A new version of the app is ready. Saved work is kept when you update.</p>
      <button type="button" class="button button--secondary" onClick={() => void reloadToUpdate()}>
        Reload to update
      </button>
    </div>
  );
}
