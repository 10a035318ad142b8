import { fireEvent, screen, within } from '@testing-library/preact';

type Scope = Pick<typeof screen, 'getByRole'>;

const box = (scope: Scope, legend: string, part: 'Day' | 'Month' | 'Year') =>
  within(scope.getByRole('group', { name: legend })).getByLabelText(part) as HTMLInputElement;

/** Types a date (`yyyy-mm-dd`, or '' to clear it) into the day, month and year of the date field with this legend. */
export function typeDate(scope: Scope, legend: string, iso: string): void {
  const [year = '', month = '', day = ''] = iso ? iso.split('-') : [];
  fireEvent.input(box(scope, legend, 'Day'), { target: { value: day } });
  fireEvent.input(box(scope, legend, 'Month'), { target: { value: month } });
  fireEvent.input(box(scope, legend, 'Year'), { target: { value: year } });
}

/** What the date field with this legend shows, as `yyyy-mm-dd` ('--' when empty). */
export function shownDate(scope: Scope, legend: string): string {
  return ['Year', 'Month', 'Day'].map((part) => box(scope, legend, part as 'Day').value).join('-');
}

export function dateBox(scope: Scope, legend: string, part: 'Day' | 'Month' | 'Year'): HTMLInputElement {
  return box(scope, legend, part);
}
