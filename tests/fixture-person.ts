import { db } from '../src/data/db';
import { asPerson } from '../src/data/revisions';

/** Test data written straight to the tables, recorded as made by this name: the app refuses a write that names no one. */
export function asFixture<T>(work: () => Promise<T>): Promise<T> {
  return asPerson('Test fixture', db().tables, work);
}
