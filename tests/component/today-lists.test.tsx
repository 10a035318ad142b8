import { render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { householdsRepo } from '../../src/data/repositories/households';
import { staffRepo } from '../../src/data/repositories/staff';
import { addDays, formatShortDate } from '../../src/domain/dates';
import { moveFrom } from '../../src/domain/stale-rule';
import { currentUser } from '../../src/ui/current-user';
import TodayPage from '../../src/ui/today/TodayPage';
import { create, settleEffects, today } from './pipeline-fixtures';

function renderToday(url = '/') {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <TodayPage />
    </LocationProvider>,
  );
}

const region = (name: RegExp) => screen.findByRole('region', { name });

/** Twelve households a month past their enquiry (every timescale breached), three of them Pat's. */
async function twelveBreached() {
  const pat = await staffRepo.add('Pat Example');
  const quinn = await staffRepo.add('Quinn Sample');
  const names = 'Abe Bea Cal Dot Eve Fay Gil Hob Ida Jem Kit Lee'.split(' ');
  for (const [i, first] of names.entries()) {
    await create({ applicants: [`${first} Latecomer`], enquiryOn: addDays(today, -30 - i) }, i < 3 ? pat.id : i < 5 ? quinn.id : undefined);
  }
  currentUser.value = pat;
  return { pat, quinn };
}

afterEach(() => {
  currentUser.value = null;
});
afterAll(settleEffects);

describe('Today: lists in full, mine or everyone', () => {
  it('shows the first 10 of a list with a link that opens all of it', async () => {
    await twelveBreached();
    renderToday();
    const breached = await region(/^Breached timescales/);
    expect(within(breached).getAllByRole('row')).toHaveLength(11);
    const more = within(breached).getByRole('link', { name: /^See all 12/ });
    expect(more.getAttribute('href')).toBe('/?show=breached');
  });

  it('opens one list in full, every row, with the other lists out of the way and a way back', async () => {
    await twelveBreached();
    renderToday('/?show=breached');
    const breached = await region(/^Breached timescales/);
    expect(await within(breached).findAllByRole('row')).toHaveLength(13);
    expect(within(breached).queryByRole('link', { name: /^See all/ })).toBeNull();
    expect(screen.queryByRole('region', { name: /^Holds that have ended/ })).toBeNull();
    expect(screen.getByRole('link', { name: "Back to all of today's lists" }).getAttribute('href')).toBe('/');
  });

  it('"Mine" lists only the households of the person using the device', async () => {
    await twelveBreached();
    renderToday('/?view=mine');
    expect(screen.getByRole('link', { name: 'Mine' }).getAttribute('aria-current')).toBe('page');
    const breached = await region(/^Breached timescales \(3\)/);
    const links = within(breached).getAllByRole('link').map((a) => a.textContent);
    expect(links.every((t) => /Abe|Bea|Cal/.test(t ?? ''))).toBe(true);
    expect(links).toHaveLength(3);
  });

  it('"By worker" shows each worker\'s open households and breaches, those with no worker last', async () => {
    await twelveBreached();
    renderToday('/?view=workers');
    const table = within(await region(/^Caseloads by worker/)).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['Pat Example33', 'Quinn Sample22', 'Not assigned77']);
  });

  it('an ended hold says its return date has passed', async () => {
    const held = await create({ applicants: ['Hal Holdover'], enquiryOn: addDays(today, -20) });
    await householdsRepo.move(held.id, { from: moveFrom((await householdsRepo.get(held.id))!), kind: 'hold', on: addDays(today, -10), holdUntil: addDays(today, -1) }, 'Jo Worker', today);
    renderToday();
    const holds = await region(/^Holds that have ended/);
    expect(within(holds).getByRole('listitem').textContent).toContain(`On hold: the return date, ${formatShortDate(addDays(today, -1))}, has passed`);
  });
});
