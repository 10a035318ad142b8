import { useEffect, useState } from 'preact/hooks';
import { syncStatusText } from '../../domain/sync/status';
import { followSyncSettings, syncStatus } from './sync-runner';

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
  if (!facts) return null;
  const text = syncStatusText(facts, now);
  return (
    <p class="header__sync" role="status">
      {facts.conflicts > 0 ? <a href="/conflicts">{text}</a> : <a href="/settings#sync-heading">{text}</a>}
    </p>
  );
}
