import { fireEvent, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { createHousehold, renderHousehold, signIn } from './household-record-helpers';

/** axe-core rules jsdom can judge; colour contrast needs a real browser (the end-to-end tests). */
async function accessibilityViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(signIn);

describe('household record: accessibility', () => {
  it('has no problems axe can find on the record, or with a move form showing errors', async () => {
    const h = await createHousehold({ enquiryOn: addDays(todayIso(), -10) });
    renderHousehold(h.id, '?saved=1');
    await screen.findByRole('heading', { name: 'Timeline' });
    expect(await accessibilityViolations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw household' }));
    await screen.findByText('Select the withdrawal reason', { selector: '.error-summary a' });
    expect(await accessibilityViolations()).toEqual([]);
  }, 20_000);
});
