import { useEffect, useState } from 'preact/hooks';
import { libraryRepo } from '../../data/repositories/library';

/** A toggle button: its pressed state is what screen readers announce, its words what others see. */
export function BookmarkButton({ resourceId }: { resourceId: string }) {
  const [on, setOn] = useState<boolean | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void libraryRepo.isBookmarked(resourceId).then(setOn);
  }, [resourceId]);

  const toggle = async () => {
    try {
      setOn(await libraryRepo.toggleBookmark(resourceId));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  if (on === undefined) return null;
  return (
    <>
      <button type="button" class="button button--secondary" aria-pressed={on} onClick={() => void toggle()}>
        {on ? 'Remove bookmark' : 'Bookmark this page'}
      </button>
      {failed && (
        <p class="error-message" role="alert">
          The bookmark could not be saved on this device. Try again.
        </p>
      )}
    </>
  );
}
