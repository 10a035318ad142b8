import { act, render, screen } from '@testing-library/preact';
import { useMemo, useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import type { BackupProgress as Progress, OnProgress } from '../../src/domain/backup/format';
import { BackupProgress, shownEvery } from '../../src/ui/settings/BackupProgress';

describe('a backup’s progress', () => {
  it('is shown at most every quarter second, but a new step and the last reading at once', () => {
    let clock = 0;
    const shown: string[] = [];
    const report = shownEvery((p) => shown.push(`${p.step} ${p.done}/${p.total}`), () => clock);
    const at = (ms: number, step: string, done: number, total: number) => {
      clock = ms;
      report({ step, done, total });
    };
    at(0, 'Reading', 0, 9000);
    at(100, 'Reading', 3000, 9000);
    at(200, 'Reading', 6000, 9000);
    at(260, 'Reading', 7000, 9000);
    at(270, 'Reading', 9000, 9000);
    at(280, 'Sealing', 0, 1);
    at(290, 'Sealing', 0, 1);
    expect(shown).toEqual(['Reading 0/9000', 'Reading 7000/9000', 'Reading 9000/9000', 'Sealing 0/1']);
  });

  it('ends on the true count when readings come faster than they are shown', () => {
    let report: OnProgress = () => undefined;
    function Harness() {
      const [progress, setProgress] = useState<Progress>({ step: 'Reading this device’s records', done: 0, total: 1 });
      report = useMemo(() => shownEvery(setProgress), []);
      return <BackupProgress id="backup-progress" progress={progress} />;
    }
    render(<Harness />);
    act(() => {
      for (let done = 0; done < 266_021; done += 3000) report({ step: 'Reading this device’s records', done, total: 266_021 });
      report({ step: 'Reading this device’s records', done: 266_021, total: 266_021 });
    });
    expect(screen.getByText('266,021 of 266,021 records')).toBeTruthy();
  });
});
