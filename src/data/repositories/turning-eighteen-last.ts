/**
 * Today's adult checks notice's last answer, in memory only, while it still holds: the same day,
 * the same database, no write since to what it rests on (people, households, checks, appointments,
 * staff; in this tab or another), and the device not locked or unlocked since. Today drawn again
 * shows it in its first frame, so the notice does not arrive after the lists and move them down as
 * a person reaches for one. It names people: forgotten when the device locks, as every opened
 * record is.
 */
import type { IsoDate } from '../../domain/dates';
import { db, type FosteringDb } from '../db';
import { onTablesWritten } from '../tables-written';
import type { KeySession } from '../crypto/session';
import type { PersonTurningEighteen } from './turning-eighteen';

const RESTS_ON: ReadonlySet<string> = new Set(['people', 'households', 'checks', 'appointments', 'staff']);

interface Last {
  today: IsoDate;
  database: FosteringDb;
  answer: PersonTurningEighteen[];
}

let last: Last | undefined;
/** Counts what makes an answer out of date: an answer read across a change is not kept. */
let changes = 0;
let listening = false;
const watched = new WeakSet<KeySession>();

function forget(): void {
  changes++;
  last = undefined;
}

function listen(): void {
  if (!listening) onTablesWritten(RESTS_ON, forget);
  listening = true;
  const { session } = db();
  if (watched.has(session)) return;
  watched.add(session);
  session.subscribe(forget);
}

/** Reads with `read` and remembers its answer, unless something it rests on changed meanwhile. */
export async function remembered(today: IsoDate, read: () => Promise<PersonTurningEighteen[]>): Promise<PersonTurningEighteen[]> {
  listen();
  const before = changes;
  const database = db();
  const answer = await read();
  if (changes === before && db() === database) last = { today, database, answer };
  return answer;
}

/** The notice's last answer for `today`, if nothing it rests on has changed since. */
export function lastPeopleTurningEighteen(today: IsoDate): PersonTurningEighteen[] | undefined {
  return last && last.today === today && last.database === db() ? last.answer : undefined;
}
