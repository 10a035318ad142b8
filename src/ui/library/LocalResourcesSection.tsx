import { useEffect, useRef, useState } from 'preact/hooks';
import { libraryRepo } from '../../data/repositories/library';
import { writeErrorMessage } from '../../data/write-errors';
import { todayIso } from '../../domain/dates';
import { validateLocalResource, type LocalResourceField, type LocalResourceForm } from '../../domain/library/local-resource';
import { LIBRARY_CATEGORIES, type Resource } from '../../domain/library/resource';
import { ErrorSummary } from '../components/ErrorSummary';
import { SelectField, TextArea, TextField } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { useDisclosure } from '../household/AssessmentFormParts';
import { ConfirmStep } from '../components/ConfirmStep';
import { SuccessBanner } from '../components/SuccessBanner';
import { DraftNotice } from '../components/DraftNotice';
import { useFormDraft, useStoredDrafts } from '../components/use-form-draft';
import { byName } from '../current-user';
import type { Library } from './use-library';

const FIELDS: LocalResourceField[] = ['title', 'category', 'summary', 'body', 'lastReviewed'];
const fieldId = (f: LocalResourceField) => `local-resource-${f}`;
const emptyForm = (): LocalResourceForm => ({ title: '', category: '', summary: '', body: '', lastReviewed: todayIso() });
const CATEGORY_OPTIONS = LIBRARY_CATEGORIES.map((c) => ({ value: c, label: c }));

type Editing = { id?: string; form: LocalResourceForm };

/** Drafts are kept per resource (or `new`), so a half-written resource survives a reload or an update. */
const draftKey = (id: string | undefined) => `local-resource:${id ?? 'new'}`;

/** The service writes its own resources here (local groups, hub contacts); they travel in the service pack. */
export function LocalResourcesSection({ library }: { library: Library }) {
  const local = library.catalogue.local;
  const editor = useDisclosure<Editing>();
  const editing = editor.open;
  const [message, setMessage] = useState<{ text: string; at: number } | undefined>();
  const [failed, setFailed] = useState<string>();

  /** `from` is the button a person pressed; none when the editor opens again with its draft. */
  const open = (r: Resource | undefined, from?: HTMLElement) => {
    setMessage(undefined);
    const form = r ? { title: r.title, category: r.category, summary: r.summary, body: r.body, lastReviewed: r.lastReviewed } : emptyForm();
    if (from) editor.show({ id: r?.id, form }, from);
    else editor.reopen({ id: r?.id, form });
  };

  const saved = (title: string) => {
    setFailed(undefined);
    editor.hide();
    setMessage({ text: `“${title}” saved. Download the service pack to share it with carers.`, at: Date.now() });
  };

  // A draft left from an earlier visit opens its editor again.
  useStoredDrafts('local-resource:', (rest) => {
    const id = rest[0] === 'new' ? undefined : rest[0];
    const resource = id ? local.find((r) => r.id === id) : undefined;
    if (!id || resource) open(resource);
  });

  const remove = async (r: Resource): Promise<boolean> => {
    try {
      await libraryRepo.removeLocalResource(r.id, byName());
      setMessage({ text: `“${r.title}” removed from this device.`, at: Date.now() });
      return true;
    } catch (error) {
      setFailed(writeErrorMessage(error));
      return false;
    }
  };

  return (
    <section class="settings-section" aria-labelledby="local-resources-heading">
      <h2 id="local-resources-heading">Your service’s own resources</h2>
      {message && (
        <SuccessBanner key={message.at} focus>
          {message.text}
        </SuccessBanner>
      )}
      {failed && (
        <p class="error-message" role="alert">
          {failed}
        </p>
      )}
      {local.length === 0 ? (
        <p class="muted">Your service has not added any resources of its own on this device.</p>
      ) : (
        <ul class="library-local">
          {local.map((r) => (
            <li key={r.id} class="library-local__item">
              <a href={`/library/${r.id}`}>{r.title}</a> <span class="muted">({r.category})</span>
              <span class="button-group">
                <button type="button" class="link-button" onClick={(e) => open(r, e.currentTarget)}>
                  Change <span class="visually-hidden">{r.title}</span>
                </button>
                <ConfirmStep
                  openLabel={
                    <>
                      Remove <span class="visually-hidden">{r.title}</span>
                    </>
                  }
                  openClass="link-button"
                  confirmLabel={
                    <>
                      Yes, remove <span class="visually-hidden">{r.title}</span>
                    </>
                  }
                  busyLabel="Removing…"
                  warning={`Remove “${r.title}” from this device? Carers will no longer see it here.`}
                  onConfirm={() => remove(r)}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
      {!editing ? (
        <button type="button" class="button button--secondary" ref={editor.opener} onClick={(e) => open(undefined, e.currentTarget)}>
          Add a resource
        </button>
      ) : (
        <div {...editor.panel}>
          <LocalResourceEditor
            key={draftKey(editing.id)}
            editing={editing}
            builtInIds={library.catalogue.resources.filter((r) => r.source === 'built-in').map((r) => r.id)}
            onSaved={saved}
            onFailed={setFailed}
            onClose={editor.hide}
          />
        </div>
      )}
    </section>
  );
}

/** The form for one resource; its values are a draft until saved, cancelled or discarded. */
function LocalResourceEditor(props: {
  editing: Editing;
  builtInIds: string[];
  onSaved: (title: string) => void;
  onFailed: (message: string) => void;
  onClose: () => void;
}) {
  const { editing } = props;
  // The revision the resource had when its editor opened: a save over a change made since is refused.
  const baseRev = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (editing.id) void libraryRepo.localResource(editing.id).then((r) => (baseRev.current ??= r?.revision?.rev ?? ''));
  }, []);
  const draft = useFormDraft(draftKey(editing.id), () => editing.form);
  const [errors, setErrors] = useState<Partial<Record<LocalResourceField, string>>>({});
  const form = draft.values;
  const set = (key: LocalResourceField) => (value: string) => draft.change((f) => ({ ...f, [key]: value }));

  const save = async (e: Event) => {
    e.preventDefault();
    const result = validateLocalResource(form, todayIso());
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      if (editing.id) await libraryRepo.updateLocalResource(editing.id, result.value, baseRev.current ?? '', byName());
      else await libraryRepo.addLocalResource(result.value, props.builtInIds, byName());
      await draft.discard();
      props.onSaved(result.value.title);
    } catch (error) {
      props.onFailed(writeErrorMessage(error, 'The resource'));
    }
  };

  const cancel = async () => {
    await draft.discard();
    props.onClose();
  };

  return (
    <form class="two-thirds" onSubmit={(e) => void save(e)} noValidate aria-labelledby="local-resource-form-heading">
      <ErrorSummary id="local-resource-summary" errors={FIELDS.filter((f) => errors[f]).map((f) => ({ field: fieldId(f), message: errors[f]! }))} />
      <h3 id="local-resource-form-heading">{editing.id ? 'Change the resource' : 'Add a resource'}</h3>
      <DraftNotice draft={draft} focusId={fieldId('title')} />
      <TextField id={fieldId('title')} label="Title" value={form.title} onInput={set('title')} error={errors.title} />
      <SelectField
        id={fieldId('category')}
        label="Category"
        value={form.category}
        onChange={set('category')}
        options={CATEGORY_OPTIONS}
        placeholder="Choose a category"
        error={errors.category}
      />
      <TextArea id={fieldId('summary')} label="Summary" hint="One or two plain sentences shown in the library list." value={form.summary} onInput={set('summary')} rows={2} error={errors.summary} />
      <TextArea
        id={fieldId('body')}
        label="Text"
        hint="Markdown: ## for a heading, - for a list, [words](resource-id) to link to another resource. Phone numbers become tap-to-call."
        value={form.body}
        onInput={set('body')}
        rows={12}
        error={errors.body}
      />
      <DateInput id={fieldId('lastReviewed')} label="Last reviewed" value={form.lastReviewed} onInput={set('lastReviewed')} error={errors.lastReviewed} />
      <div class="button-group">
        <button type="submit" class="button">
          Save resource
        </button>
        <button type="button" class="link-button" onClick={() => void cancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
