import { useEffect, useState } from 'preact/hooks';
import { libraryRepo } from '../../data/repositories/library';
import { writeErrorMessage } from '../../data/write-errors';

/** A toggle button: its pressed state is what screen readers announce, its words what others see. */
export function BookmarkButton({ resourceId }: { resourceId: string }) {
  const [on, setOn] = useState<boolean | undefined>();
  const [failed, setFailed] = useState<string>();

  useEffect(() => {
    void libraryRepo.isBookmarked(resourceId).then(setOn);
  }, [resourceId]);

  const toggle = async () => {
    try {
      setOn(await libraryRepo.toggleBookmark(resourceId));
      setFailed(undefined);
    } catch (error) {
      setFailed(writeErrorMessage(error, 'The bookmark'));
    }
  };

  // Until the bookmark is read the button holds its place unseen, so the text below it stays put.
  if (on === undefined) return <span class="button button--secondary held-place" aria-hidden="true">Bookmark this page</span>;
  return (
    <>
      <button type="button" class="button button--secondary" aria-pressed={on} onClick={() => void toggle()}>
        {on ? 'Remove bookmark' : 'Bookmark this page'}
      </button>
      {failed && (
        <p class="error-message" role="alert">
          {failed}
        </p>
      )}
    </>
  );
}
