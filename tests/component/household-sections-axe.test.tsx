import { fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { expect, it } from 'vitest';
import { checksRepo } from '../../src/data/repositories/checks';
import { peopleRepo } from '../../src/data/repositories/people';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { PeopleSection } from '../../src/ui/household/PeopleSection';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { typeDate } from './date-input';

it('has no axe violations with the forms open and showing errors', { timeout: 30_000 }, async () => {
  const h = await makeHousehold(['Testy McTestface'], 'connected');
  await peopleRepo.addPerson(h.id, { role: 'member', name: 'Kiddo McTestface', dateOfBirth: '2015-01-01' }, 'Tess Tester', TODAY);
  await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
  const { container } = render(
    <>
      <h1>Household</h1>
      <LiveRecord id={h.id} sections={[PeopleSection, ChecksSection, AssessmentSection]} />
    </>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Update Pets assessment' }));
  const checkForm = await screen.findByRole('form', { name: 'Update: Pets assessment' });
  typeDate(within(checkForm), 'Date requested', '2026-06-10');
  typeDate(within(checkForm), 'Date received', '2026-06-01');
  fireEvent.click(within(checkForm).getByRole('button', { name: 'Save check' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
  fireEvent.click(within(await screen.findByRole('form', { name: 'Add a person to the household' })).getByRole('button', { name: 'Add person' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Change panel details' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Record temporary approval' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Add training attended' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Change stage 2 details' }));
  await screen.findAllByRole('alert');

  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
