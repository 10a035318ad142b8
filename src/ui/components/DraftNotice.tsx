import type { FormDraft } from './use-form-draft';

/**
 * What a form says about its draft: that it holds what was typed on an earlier visit, with a way
 * to throw it away (focus moves to `focusId`, the form's first field, as the button disappears),
 * and, while it lasts, that what is typed cannot be kept as a draft.
 */
export function DraftNotice({ draft, focusId }: { draft: Pick<FormDraft<unknown>, 'restored' | 'unsaved' | 'discard'>; focusId: string }) {
  const discard = async () => {
    await draft.discard();
    document.getElementById(focusId)?.focus();
  };
  return (
    <>
      {draft.restored && (
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
      )}
      <DraftUnsaved draft={draft} />
    </>
  );
}

/**
 * A polite live region, always present so the notice is announced when it appears: the device
 * refused the draft (storage full), so what is typed is only on screen until the form is saved.
 */
export function DraftUnsaved({ draft }: { draft: Pick<FormDraft<unknown>, 'unsaved'> }) {
  return (
    <div role="status" class="draft-unsaved">
      {draft.unsaved && (
        <p class="warning-text">
          <strong>Not saved as you type.</strong> This device has no space for a draft, so keep this page open until you save the form.
        </p>
      )}
    </div>
  );
}
