import { useLocation } from 'preact-iso';
import { settingsRepo } from '../../data/repositories/settings';
import { staffRepo } from '../../data/repositories/staff';
import { todayRepo } from '../../data/repositories/today';
import type { IsoDate } from '../../domain/dates';
import { SelectField } from '../components/fields';
import { useLiveQuery } from '../components/use-live-query';
import { todayUrl, type TodayQuery } from './today-url';

/** The full list of overdue checks narrowed to one worker's households or one kind of check. */
export function OverdueCheckFilters({ query, today }: { query: TodayQuery; today: IsoDate }) {
  const { route } = useLocation();
  const { data } = useLiveQuery(async () => {
    const [staff, types, waiting] = await Promise.all([staffRepo.list(), settingsRepo.checkTypes(), todayRepo.overdueCheckTypes(today)]);
    return { staff, types: types.filter((t) => waiting.includes(t.key)) };
  }, [today], { afterPaint: true });
  const apply = (change: Partial<TodayQuery>) => route(todayUrl({ ...query, ...change }));
  return (
    <div class="filters">
      {query.view !== 'mine' && (
        <SelectField
          id="overdue-worker"
          label="Worker"
          value={query.worker}
          placeholder="All workers"
          options={(data?.staff ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v) => apply({ worker: v })}
        />
      )}
      <SelectField
        id="overdue-type"
        label="Check"
        value={query.checkType}
        placeholder="All checks"
        options={(data?.types ?? []).map((t) => ({ value: t.key, label: t.label }))}
        onChange={(v) => apply({ checkType: v })}
      />
    </div>
  );
}
