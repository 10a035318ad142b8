import { useEffect, useRef, useState } from 'preact/hooks';
import { packChangesNothing, type PackPlan } from '../../domain/library/pack-plan';
import type { LocalResource } from '../../domain/library/local-resource';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function ResourceList({ title, resources }: { title: string; resources: readonly LocalResource[] }) {
  if (!resources.length) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul class="list list--bullet">
        {resources.map((r) => (
          <li key={r.id}>{r.title}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * What a checked service pack would change, before anything does: the contacts as they are and as
 * they would be, and the resources it adds, changes and removes. It applies only on "Yes".
 */
export function ServicePackPreview({ plan, onApply, onCancel }: { plan: PackPlan; onApply: () => Promise<void>; onCancel: () => void }) {
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  // The form's button is gone: the question takes focus, as the confirm step does elsewhere.
  useEffect(() => ref.current?.focus(), []);
  const apply = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onApply();
    } finally {
      setBusy(false);
    }
  };
  const changes = plan.contacts.filter((l) => l.before !== l.after).length;
  return (
    <div class="settings-confirm library-pack__preview" ref={ref} tabIndex={-1} aria-labelledby="pack-preview-title" role="region">
      <h3 id="pack-preview-title">What this service pack would change</h3>
      {packChangesNothing(plan) && <p>This pack holds nothing new: this device already has all of it.</p>}
      <div class="table-wrap">
        <table class="table table--stack">
          <caption>Contact details: {changes ? `${plural(changes, 'change')}` : 'no change'}</caption>
          <thead>
            <tr>
              <th scope="col">Contact</th>
              <th scope="col">Now</th>
              <th scope="col">After the pack</th>
            </tr>
          </thead>
          <tbody>
            {plan.contacts.map((l) => (
              <tr key={l.label}>
                <th scope="row">
                  {l.label}
                  {l.before !== l.after && <strong> (changes)</strong>}
                </th>
                <td data-label="Now">{l.before || 'Not filled in'}</td>
                <td data-label="After the pack">{l.after || 'Not filled in'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ResourceList title={`Resources added: ${plan.added.length}`} resources={plan.added} />
      <ResourceList title={`Resources changed: ${plan.changed.length}`} resources={plan.changed.map((c) => c.after)} />
      <ResourceList title={`Resources removed: ${plan.removed.length} (from an earlier pack)`} resources={plan.removed} />
      <ResourceList title={`Written on this device, kept as they are: ${plan.keptOwn.length}`} resources={plan.keptOwn} />
      {plan.unchanged > 0 && <p>{plural(plan.unchanged, 'resource')} from the pack already on this device, unchanged.</p>}
      <p class="warning-text">Resources written on this device are never changed or removed by a pack.</p>
      <div class="button-group">
        <button type="button" class="button button--warning" aria-disabled={busy} onClick={() => void apply()}>
          {busy ? 'Applying…' : 'Yes, apply this pack'}
        </button>
        <button type="button" class="button button--secondary" aria-disabled={busy} onClick={() => busy || onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
