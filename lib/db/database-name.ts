/** Kept apart from database.ts so the new-tab page's first paint does not pull Dexie in. */
export const DATABASE_NAME = 'waymark';
