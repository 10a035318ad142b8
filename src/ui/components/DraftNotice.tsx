/**
 * Tells the user a form holds what they typed on an earlier visit, with a way to throw it away.
 * Focus moves to `focusId` (the form's first field) after discarding, as the button disappears.
 */
export function DraftNotice({ onDiscard, focusId }: { onDiscard: () => Promise<void>; focusId: string }) {
  const discard = async () => {
    await onDiscard();
    document.getElementById(focusId)?.focus();
  };
  return (
    <div class="notification" role="status">
      <div class="notification__body">
        <p>
          We restored what you had typed.{' '}
          <button type="button" class="link-button" onClick={() => void discard()}>
            Discard it
          </button>
        </p>
      </div>
    </div>
  );
}
