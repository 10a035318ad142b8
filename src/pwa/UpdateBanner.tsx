import { applyUpdate, updateWaiting } from './register';

export function UpdateBanner() {
  if (!updateWaiting.value) return null;
  return (
    <div class="banner banner--info" role="region" aria-label="New version">
      <p class="banner__text">A new version of the app is ready. Saved work is kept when you update.</p>
      <button type="button" class="button button--secondary" onClick={applyUpdate}>
        Reload to update
      </button>
    </div>
  );
}
