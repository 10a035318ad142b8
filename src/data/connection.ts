import { signal } from '@preact/signals';

/**
 * How this tab's connection to the database stands, for the banner that explains it:
 * - `open`: as normal;
 * - `replaced`: a newer version of the app upgraded the database in another tab, so this tab
 *   closed its connection and writes nothing more until it is reloaded;
 * - `waiting`: this tab is the newer version and its upgrade waits for older tabs to close.
 */
export type ConnectionState = 'open' | 'replaced' | 'waiting';

export const connectionState = signal<ConnectionState>('open');
