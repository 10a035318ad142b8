/** What a device needs to sync with the service's server (checked in settings-checks.ts). */
export interface SyncSettings {
  on: boolean;
  address: string;
  database: string;
  username: string;
  password: string;
}

export const SYNC_OFF: SyncSettings = { on: false, address: '', database: '', username: '', password: '' };

