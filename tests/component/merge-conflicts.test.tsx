import { asFixture } from '../fixture-person';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { db, type FosteringDb } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { mergeRepo } from '../../src/data/repositories/merge';
import ConflictsPage from '../../src/ui/merge/ConflictsPage';
import { addHousehold, backupOf, copyOfThisDevice, edit, onOtherDevice } from '../data/merge-helpers';
import { signIn, WORKER } from './household-record-helpers';

let other: FosteringDb | undefined;
afterEach(async () => {
  await other?.delete();
  other = undefined;
});

/** A household whose postcode and assessor both devices changed, merged from "Tablet 2". */
async function twoConflicts() {
  await asFixture(() =>
    db().staff.bulkPut([
      { id: 's1', name: 'Sam Assessor', active: 1 },
      { id: 's2', name: 'Kim Assessor', active: 1 },
    ]),
  );
  await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
  other = await copyOfThisDevice();
  const backup = await onOtherDevice(other, async () => {
    await edit('householdDetails', 'h1', { postcode: 'LS2 7AA' }, 'Ali Colleague', '2026-11-25T09:00:00.000Z');
    const h = await db().households.get('h1');
    await edit('households', 'h1', { assessment: { ...h!.assessment, assessorId: 's2' } }, 'Ali Colleague', '2026-11-25T09:00:00.000Z');
    return backupOf('Backup from Tablet 2 made 28 Nov 2026');
  });
  await edit('householdDetails', 'h1', { postcode: 'LS3 8DD' }, 'Jo Worker', '2026-11-26T15:00:00.000Z');
  const h = await db().households.get('h1');
  await edit('households', 'h1', { assessment: { ...h!.assessment, assessorId: 's1' } }, 'Jo Worker', '2026-11-26T15:00:00.000Z');
  await mergeRepo.merge(backup, 'Jo Worker');
}

function card(field: string): HTMLElement {
  return screen.getByRole('heading', { name: new RegExp(`: ${field}$`) }).closest('section')!;
}

describe('the conflicts page', () => {
  it('shows each conflict with the household, the field and both values in words, who and when', async () => {
    await twoConflicts();
    signIn();
    render(<ConflictsPage />);

    expect(await screen.findByText('2 conflicts to settle.')).toBeTruthy();
    const postcode = card('Postcode');
    expect(within(postcode).getByRole('link', { name: 'H-0001 Priya Examplesmith' }).getAttribute('href')).toBe('/households/h1');
    expect(within(postcode).getByText('LS3 8DD')).toBeTruthy();
    expect(within(postcode).getByText('LS2 7AA')).toBeTruthy();
    expect(postcode.textContent).toContain('by Jo Worker, 26 November 2026');
    expect(postcode.textContent).toContain('by Ali Colleague, 25 November 2026');
    expect(postcode.textContent).toContain('Found in: Backup from Tablet 2 made 28 Nov 2026');
    const assessor = card('Assessor');
    expect(within(assessor).getByText('Sam Assessor')).toBeTruthy();
    expect(within(assessor).getByText('Kim Assessor')).toBeTruthy();
  });

  it('writes the chosen value when one is settled, and takes it off the list', async () => {
    await twoConflicts();
    signIn();
    render(<ConflictsPage />);

    fireEvent.click(within(await screen.findByRole('heading', { name: /: Postcode$/ }).then((h) => h.closest('section')!)).getByRole('button', { name: 'Take the other device’s' }));

    expect(await screen.findByText('Postcode for H-0001 Priya Examplesmith: LS2 7AA kept')).toBeTruthy();
    expect(await screen.findByText('1 conflict to settle.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /: Postcode$/ })).toBeNull();
    expect((await db().householdDetails.get('h1'))?.postcode).toBe('LS2 7AA');
    expect((await householdsRepo.get('h1'))?.searchKeys).toContain('ls27aa');
    const [latest] = await householdsRepo.timeline('h1', 1);
    expect(latest).toMatchObject({ by: WORKER, type: 'conflict', summary: 'Conflict settled: Postcode is LS2 7AA, as on the other device' });

    fireEvent.click(within(card('Assessor')).getByRole('button', { name: 'Keep this device’s' }));
    expect(await screen.findByText('There are no conflicts to settle.')).toBeTruthy();
    expect((await householdsRepo.get('h1'))?.assessment.assessorId).toBe('s1');
  });

  it('has no axe violations', async () => {
    await twoConflicts();
    signIn();
    const { container } = render(
      <main>
        <ConflictsPage />
      </main>,
    );
    await screen.findByText('2 conflicts to settle.');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.violations).toEqual([]);
  });
});
