import type { SummaryError } from '../components/ErrorSummary';

/**
 * Each settings form hands its errors to the page, which shows one error summary at the top
 * as the GOV.UK pattern asks. An empty list clears that form's entries.
 */
export type ReportErrors = (section: string, errors: SummaryError[]) => void;
