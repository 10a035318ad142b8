import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { libraryRepo } from '../../data/repositories/library';
import { formatDate } from '../../domain/dates';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { BookmarkButton } from './BookmarkButton';
import { Markdown } from './Markdown';
import { ServiceContacts } from './ServiceContacts';
import { useLibrary, type Library } from './use-library';

/** One support resource, readable offline, with the service's own numbers beside it. */
export default function ResourcePage() {
  const id = useRoute().params.id ?? '';
  const { library, error } = useLibrary();
  const resource = library?.catalogue.byId.get(id);
  usePageTitle(resource ? resource.title : library ? 'Resource not found' : 'Support library');

  const text = useResourceText(library, resource?.id);

  useEffect(() => {
    if (resource) void libraryRepo.recordView(resource.id).catch(() => undefined);
  }, [resource?.id]);

  if (error) {
    return (
      <>
        <PageHeading>Support library</PageHeading>
        <p class="error-message" role="alert">
          The library could not be read on this device. Reload the page to try again.
        </p>
      </>
    );
  }
  if (!library) return <p class="loading">Loading…</p>;
  if (!resource) {
    return (
      <>
        <PageHeading>Resource not found</PageHeading>
        <p>There is no resource at this address. It may have been removed by your fostering service.</p>
        <p>
          <a href="/library">Back to the library</a>
        </p>
      </>
    );
  }

  return (
    <article class="resource">
      <p class="resource__back">
        <a href="/library" class="link-target">
          Back to the library
        </a>
      </p>
      <PageHeading caption={resource.category}>{resource.title}</PageHeading>
      <p class="muted">
        Last reviewed {formatDate(resource.lastReviewed)}
        {resource.source === 'local' && ' · written by your fostering service'}
      </p>
      <BookmarkButton resourceId={resource.id} />
      {text.kind === 'loading' ? (
        // The service's contacts wait with the text: on a tablet they sit below it, and the text
        // arriving pushed them 2,000 px down the page.
        <p class="loading">Loading…</p>
      ) : (
        <div class="resource__layout">
          <div class="resource__body">
            {text.kind === 'ready' ? (
              <Markdown source={text.markdown} title={resource.title} service={library.service} />
            ) : (
              <p class="error-message" role="alert">
                This resource could not be read on this device. Reload the page to try again.
              </p>
            )}
          </div>
          <aside class="resource__aside" aria-label="Your fostering service">
            <ServiceContacts service={library.service} />
          </aside>
        </div>
      )}
    </article>
  );
}

type Text = { kind: 'loading' } | { kind: 'ready'; markdown: string } | { kind: 'failed' };

/** Only this resource's text loads; the list around it never needs it. */
function useResourceText(library: Library | undefined, id: string | undefined): Text {
  // Kept with its id, so a link to another resource never shows the previous text under the new title.
  const [text, setText] = useState<{ id: string; text: Text }>();
  useEffect(() => {
    if (!library || !id) return undefined;
    let open = true;
    library.catalogue.text(id).then(
      (markdown) => open && setText({ id, text: markdown === undefined ? { kind: 'failed' } : { kind: 'ready', markdown } }),
      () => open && setText({ id, text: { kind: 'failed' } }),
    );
    return () => {
      open = false;
    };
  }, [library?.catalogue, id]);
  return text && text.id === id ? text.text : { kind: 'loading' };
}
