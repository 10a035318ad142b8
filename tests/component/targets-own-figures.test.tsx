import { fireEvent, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { addDays } from '../../src/domain/dates';
import { create, settleEffects, today } from './pipeline-fixtures';
import { expectNoBadNumbers, field, renderTargets, sentences, typeInto } from './targets-helpers';
import { asFixture } from '../fixture-person';

afterAll(settleEffects);

/** A household approved `daysAgo` days ago for `children` places; it enquired a year before. */
async function approved(daysAgo: number, children?: number) {
  const h = await create({ applicants: ['Ada Sampleapproved'], enquiryOn: addDays(today, -daysAgo - 20) });
  await asFixture(async () => db().households.update(h.id, {
    stage: 'approved',
    stageEnteredOn: addDays(today, -daysAgo),
    assessment: {
      training: [],
      ...(children !== undefined && { terms: { type: 'shortTerm', ageFrom: 0, ageTo: 17, numberOfChildren: children, siblingGroups: false } }),
    },
  }));
}

const sourceOf = (label: string) => field(label).closest('.form-group')!.querySelector('.targets-source')!.textContent;

describe('our own figures', () => {
  it('fills approvals, places per approval and conversion from the last 12 months, and says what it kept', { timeout: 20_000 }, async () => {
    for (const [daysAgo, children] of [[10, 2], [40, 2], [90, 1], [150, 1], [200, 2], [300, 1]] as const) await approved(daysAgo, children);
    await approved(400, 3); // more than 12 months ago: not counted
    for (let i = 0; i < 24; i++) await create({ applicants: ['Bo Sampleenquirer'], enquiryOn: addDays(today, -i * 10) });

    renderTargets();
    fireEvent.click(await screen.findByRole('button', { name: 'Use our own figures' }));
    expect(await screen.findByText(/4 figures filled from this service’s records of the last 12 months/)).toBeTruthy();
    expect(field('Approvals a year at today’s rate').value).toBe('6');
    expect(field('Places per newly approved household').value).toBe('1.5');
    // 6 approvals from 30 enquiries: the 6 approved households' own and 24 others.
    expect(field('Enquiries that end in approval (%)').value).toBe('20');
    // Each enquired 20 days before approval.
    expect(field('Time from enquiry to approval (months)').value).toBe('0.7');
    expect(sourceOf('Approvals a year at today’s rate')).toBe('Source: from this service’s records. 6 mainstream households approved in the last 12 months.');
    expect(sourceOf('Households leaving each year')).toBe(
      'Source: the source documents’ 2022/23 figures. Not recorded in this app yet, so the default is kept.',
    );
    expect(sourceOf('Children in agency placements')).toBe('Source: the source documents’ 2022/23 figures.');
    await waitFor(() => expect(sentences()).toContain('At today’s 6 approvals a year'));
    await waitFor(() => expect(location.search).toContain('rec=c%2Cr%2Ca%2Clt'));
    expectNoBadNumbers();
  });

  it('keeps the source documents’ figures when the app has too little data, and says so', async () => {
    await approved(30, 2);
    renderTargets('?a=25');
    fireEvent.click(await screen.findByRole('button', { name: 'Use our own figures' }));
    expect(await screen.findByText(/This app does not hold enough records of the last 12 months for any figure yet/)).toBeTruthy();
    expect(field('Approvals a year at today’s rate').value).toBe('18');
    expect(sourceOf('Approvals a year at today’s rate')).toBe(
      'Source: the source documents’ 2022/23 figures. Only 1 mainstream household approved in the last 12 months in this app; at least 5 are needed, so the default is kept.',
    );
  });

  it('has no axe violations with errors showing', { timeout: 30_000 }, async () => {
    const { container } = renderTargets();
    await screen.findByRole('heading', { level: 1, name: 'Recruitment targets' });
    typeInto('Target in-house share (%)', 'lots');
    await screen.findByText('These results are for the last figures that worked.');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
