import { Tag } from '../components/Tag';

/** The ways a constellation or group has drifted from its model, or a tag saying it has not. */
export function Warnings({ warnings }: { warnings: string[] }) {
  if (!warnings.length) return <Tag tone="onTrack">On track</Tag>;
  return (
    <ul class="warning-list">
      {warnings.map((w) => (
        <li key={w}>
          <Tag tone="concern">{w}</Tag>
        </li>
      ))}
    </ul>
  );
}
