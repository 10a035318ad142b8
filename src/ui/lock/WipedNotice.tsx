import { PageHeading, usePageTitle } from '../components/PageTitle';

/**
 * In place of every page once the device is wiped after wrong passcodes, in this tab or another:
 * nothing is left to show, and a tab that was unlocked must not go on writing as its last person.
 */
export function WipedNotice() {
  usePageTitle('This device’s records have been removed');
  return (
    <div class="two-thirds">
      <PageHeading>This device’s records have been removed</PageHeading>
      <p>
        Too many wrong passcodes were typed, so, as the service set it, every record and passcode on this device was wiped. Restore a backup to carry
        on.
      </p>
      <button type="button" class="button" onClick={() => location.reload()}>
        Start again
      </button>
    </div>
  );
}
