/** What the sync engine last reported about this device's sync, as Settings shows it. */
export interface SyncStatus {
  lastSyncAt?: number;
  bytes: number;
  items: number;
  notSyncing: { what: string; count: number; reason: string }[];
  problem?: string;
}
