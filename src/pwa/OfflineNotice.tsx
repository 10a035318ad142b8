import { signal } from '@preact/signals';

const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => (online.value = true));
  window.addEventListener('offline', () => (online.value = false));
}

export function OfflineNotice() {
  if (online.value) return null;
  return (
    <div class="banner banner--offline" role="status">
      <p class="banner__text">You are offline. Everything you enter is saved on this device.</p>
    </div>
  );
}
