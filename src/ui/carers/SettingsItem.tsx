import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { writeErrorMessage } from '../../data/write-errors';
import { ConfirmStep } from '../components/ConfirmStep';
import { SummaryList } from '../components/SummaryList';
import { Opens } from './Opens';

type Action = (id: string, rev: string) => Promise<void>;

/**
 * One item of a list with its order, change and remove actions. Moving and removing are based on
 * the list as shown, so a change made meanwhile in another tab is refused and said here.
 */
export function SettingsItem(props: {
  id: string;
  name: string;
  index: number;
  count: number;
  rev: string;
  inUse?: string | undefined;
  rows: { key: string; value: ComponentChildren }[];
  form: (done: () => void) => ComponentChildren;
  move: (id: string, by: -1 | 1, rev: string) => Promise<void>;
  remove: Action;
  /** What removing it means, asked before it is removed. */
  warning?: string;
}) {
  const [failed, setFailed] = useState<string>();
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setFailed(undefined);
    try {
      await work();
      return true;
    } catch (error) {
      setFailed(writeErrorMessage(error));
      return false;
    }
  };
  return (
    <li class="card">
      <h3 id={`item-${props.id}`}>{props.name}</h3>
      {failed && (
        <p class="error-message" role="alert">
          {failed}
        </p>
      )}
      <SummaryList rows={props.rows} />
      <div class="button-group">
        <Opens label={`Change ${props.name}`}>{props.form}</Opens>
        {props.index > 0 && (
          <button type="button" class="button button--secondary" onClick={() => void run(() => props.move(props.id, -1, props.rev))}>
            Move up <span class="visually-hidden">{props.name}</span>
          </button>
        )}
        {props.index < props.count - 1 && (
          <button type="button" class="button button--secondary" onClick={() => void run(() => props.move(props.id, 1, props.rev))}>
            Move down <span class="visually-hidden">{props.name}</span>
          </button>
        )}
      </div>
      {props.inUse ? (
        <p class="muted">
          Cannot be removed: {props.inUse}.
        </p>
      ) : (
        <ConfirmStep
          openLabel={<>Remove <span class="visually-hidden">{props.name}</span></>}
          confirmLabel={`Yes, remove ${props.name}`}
          warning={props.warning ?? `Remove ${props.name}? No household or group uses it.`}
          onConfirm={() => run(() => props.remove(props.id, props.rev))}
        />
      )}
    </li>
  );
}
