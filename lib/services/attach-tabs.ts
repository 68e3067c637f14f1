import type { WaymarkDatabase } from '../db/database';
import { putResource, type AttachResult } from './attach-resource';

export interface TabChoice {
  projectId: string;
  url: string | undefined;
  title: string | undefined;
}

/**
 * Files several tabs at once, in one transaction: a storage failure writes none of them. A tab
 * that cannot be attached is refused on its own and the others still go in.
 */
export async function attachTabs(
  db: WaymarkDatabase,
  choices: TabChoice[],
  now: number,
  newId?: () => string,
): Promise<AttachResult[]> {
  return db.transaction('rw', db.projects, db.resources, async () => {
    const results: AttachResult[] = [];
    for (const choice of choices) {
      results.push(await putResource(db, { ...choice, via: 'bulk', now, newId }));
    }
    return results;
  });
}
