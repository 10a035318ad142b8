import { lockNow } from './lock-state';

/** Locks the device on demand: for handing the tablet over, or leaving it on a kitchen table. */
export function LockButton() {
  return (
    <button type="button" class="button button--secondary header__lock" onClick={() => void lockNow()}>
      Lock
    </button>
  );
}
