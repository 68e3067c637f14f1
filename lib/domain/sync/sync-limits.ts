/** The quotas of `storage.sync`, the same in Chrome and Firefox. */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;
export const SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE = 120;
export const SYNC_MAX_WRITE_OPERATIONS_PER_HOUR = 1_800;

/** What Waymark lets itself use, leaving room for a browser that counts a little differently. */
export const PACK_BYTES = 96_000;
export const PACK_BYTES_PER_ITEM = 7_800;
export const PACK_MAX_ITEMS = 480;
/** The largest value the total of all items may reach before pack stops adding (hard check below). */
export const PACK_HARD_BYTES = SYNC_QUOTA_BYTES - 1_024;
export const PACK_HARD_BYTES_PER_ITEM = SYNC_QUOTA_BYTES_PER_ITEM - 64;

/** Caps on what one synced value may hold; longer values from sync storage are refused. */
export const MAX_SYNC_KEY_LENGTH = 300;
export const MAX_SYNC_TEXT_LENGTH = 1_000;
export const MAX_SYNC_URL_LENGTH = 2_048;
export const MAX_SYNC_LIST_LENGTH = 500;
export const MAX_SYNC_DEVICES = 64;
