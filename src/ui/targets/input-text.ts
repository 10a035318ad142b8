import { formatNumber } from '../../domain/target-sentences';
import { formatInput, targetInput, type InputKey } from '../../domain/targets-form';

/** A figure with its unit, for tables: "70%", "£1,000", "3 years", "1.5". */
export function inputText(key: InputKey, value: number): string {
  const text = Number(formatInput(key, value)).toLocaleString('en-GB', { maximumFractionDigits: 2 });
  switch (targetInput(key).unit) {
    case 'percent':
      return `${text}%`;
    case 'pounds':
      return `£${text}`;
    case 'years':
      return `${text} ${value === 1 ? 'year' : 'years'}`;
    case 'months':
      return `${text} ${value === 1 ? 'month' : 'months'}`;
    default:
      return text;
  }
}

/** A yearly saving exact to the pound, as tables show it; the sentences round it. */
export function savingText(pounds: number): string {
  return pounds < 0 ? `None: £${formatNumber(-pounds)} a year more in cost` : `£${formatNumber(pounds)}`;
}
