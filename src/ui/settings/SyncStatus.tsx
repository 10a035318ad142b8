import { useEffect, useState } from 'preact/hooks';
import { syncStatusShort, syncStatusText } from '../../domain/sync/status';
import { firstSync, followSyncSettings, syncStatus } from './sync-runner';

/** The header's sync status, shown only while sync is on. Loaded after the first screen. */
export default function SyncStatus() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    void followSyncSettings();
    // "Synced 2 minutes ago" moves on by itself.
    const tick = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(tick);
  }, []);
  const facts = syncStatus.value;
  const first = firstSync.value;
  if (first) {
    const words = `First sync: ${first.done.toLocaleString('en-GB')} of about ${first.total.toLocaleString('en-GB')} records`;
    return (
      <div class="header__sync" role="status">
        <label for="first-sync">{words}</label>
        <progress id="first-sync" class="header__sync-progress" max={Math.max(first.total, 1)} value={first.done} />
      </div>
    );
  }
  if (!facts) return null;
  const text = syncStatusText(facts, now);
  const words = (
    <>
      <span class="header__sync-long">{text}</span>
      <span class="header__sync-short" aria-hidden="true">
        {syncStatusShort(facts, now)}
      </span>
    </>
  );
  return (
    <p class="header__sync" role="status">
      {facts.conflicts > 0 ? <a href="/conflicts">{words}</a> : <a href="/settings#sync-heading">{words}</a>}
    </p>
  );
}
