import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { db } from '../../src/data/db';
import { createHousehold, renderHousehold, signIn } from './household-record-helpers';
import { asFixture } from '../fixture-person';
import { typeDate } from './date-input';

beforeEach(signIn);

const errorBeside = (id: string) => document.getElementById(id)?.closest('.form-group')?.querySelector('.error-message')?.textContent ?? '';

/** A household at the decision stage, with the panel's recommendation, as the move rules need. */
async function atDecision(kind: 'mainstream' | 'connected', namedChild?: string) {
  const today = todayIso();
  const h = await createHousehold({ enquiryOn: addDays(today, -200), kind });
  await asFixture(async () => {
    await db().households.update(h.id, {
      stage: 'decision',
      stageEnteredOn: addDays(today, -3),
      lastMoveOn: addDays(today, -3),
      // Recommended before terms were recorded with the panel, so the decision maker sets them.
      assessment: { training: [], panel: { panelOn: addDays(today, -10), recommendation: 'approve', minutesReceivedOn: addDays(today, -4) } },
    });
    if (namedChild) await db().householdDetails.update(h.id, { namedChild });
  });
  renderHousehold(h.id);
  fireEvent.click(await screen.findByRole('button', { name: 'Record decision' }));
  fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Dana Synthetic-Head' } });
  fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Head of Service' } });
  fireEvent.click(screen.getByLabelText('Approve'));
  return h;
}

function fillAges(children: string) {
  fireEvent.input(screen.getByLabelText('Youngest age'), { target: { value: '0' } });
  fireEvent.input(screen.getByLabelText('Oldest age'), { target: { value: '10' } });
  fireEvent.input(screen.getByLabelText('Number of children'), { target: { value: children } });
}

describe('terms of approval at the decision', () => {
  // The whole record page renders here, which jsdom takes its time over.
  it('offers kinship to a connected household, naming its child, and saves several types', { timeout: 20_000 }, async () => {
    const h = await atDecision('connected', 'Ava Example (granddaughter)');
    fireEvent.click(await screen.findByLabelText('Kinship (connected person)'));
    expect((screen.getByLabelText('Named child this approval is for') as HTMLInputElement).value).toBe('Ava Example (granddaughter)');
    fireEvent.click(screen.getByLabelText('Short breaks (respite)'));
    fillAges('1');
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Approved by the agency decision maker', { selector: '.notification strong' })).toBeTruthy();
    expect((await db().households.get(h.id))?.assessment.terms).toEqual({
      types: ['shortBreaks', 'kinship'],
      namedChild: 'Ava Example (granddaughter)',
      ageFrom: 0,
      ageTo: 10,
      numberOfChildren: 1,
      siblingGroups: false,
    });
    expect(await screen.findByText(/^Short breaks \(respite\) and Kinship \(connected person\) for Ava Example \(granddaughter\), 0 to 10 years/)).toBeTruthy();
  });

  it('does not offer kinship to a mainstream household', async () => {
    await atDecision('mainstream');
    expect(await screen.findByLabelText('Long-term')).toBeTruthy();
    expect(screen.queryByLabelText('Kinship (connected person)')).toBeNull();
  });

  it('refuses four children who are not siblings until an exemption is recorded, keeping what was typed', { timeout: 20_000 }, async () => {
    const h = await atDecision('mainstream');
    fireEvent.click(await screen.findByLabelText('Emergency'));
    fillAges('4');
    fireEvent.click(screen.getByLabelText('No'));
    expect(screen.getByText('Exemption from the usual fostering limit', { selector: 'legend' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(errorBeside('move-terms-numberOfChildren')).toMatch(/More than 3 children needs a sibling group or an exemption/));
    expect(document.querySelector('.error-summary a[href="#move-terms-numberOfChildren"]')?.textContent).toMatch(/^More than 3 children/);
    expect(await db().moves.count()).toBe(0);

    typeDate(screen, 'Date granted', addDays(todayIso(), -30));
    fireEvent.input(screen.getByLabelText('Granted by'), { target: { value: 'Jo Example, Head of Service' } });
    fireEvent.input(screen.getByLabelText('Number of children it allows'), { target: { value: '4' } });
    typeDate(screen, 'Lasts until', addDays(todayIso(), 300));
    expect((screen.getByLabelText('Number of children') as HTMLInputElement).value).toBe('4');
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Approved by the agency decision maker', { selector: '.notification strong' })).toBeTruthy();
    expect((await db().households.get(h.id))?.assessment.terms).toMatchObject({ numberOfChildren: 4, exemption: { grantedBy: 'Jo Example, Head of Service', numberOfChildren: 4 } });
  });
});
