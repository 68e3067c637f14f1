import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { createDatabase } from '../../lib/db/database';

/** A private, empty database for one test. */
export function createTestDatabase() {
  return createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

/** The example note bundled with the extension. */
export const EXAMPLE_ROADMAP = readFileSync('public/example-roadmap.md', 'utf8');

export const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
