/**
 * The refusal of a save based on an out-of-date copy of a record (another tab, another device's
 * merge). Nothing is written; the form shows `userMessage` and keeps what was typed. Kept apart
 * from the rules that build it, so the one message function every form uses stays small enough
 * for the first screen.
 */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
  constructor(
    /** Plain English for the top of the form: who changed what, and when. */
    readonly userMessage: string,
    /** The field paths changed since the form was opened. */
    readonly fields: string[],
    readonly by: string,
    readonly at: string,
    /** The record's revision now: a form that takes the latest uses it as its new base. */
    readonly currentRev: string,
  ) {
    super(userMessage);
  }
}
