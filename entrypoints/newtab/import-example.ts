import { browser } from 'wxt/browser';
import type { WaymarkDatabase } from '../../lib/db/database';

/** Imports the example note bundled with the extension; the importer loads only now. */
export async function importExampleRoadmap(db: WaymarkDatabase) {
  const [{ importRoadmap }, text] = await Promise.all([
    import('../../lib/services/import-roadmap'),
    fetch(browser.runtime.getURL('/example-roadmap.md')).then((r) => r.text()),
  ]);
  await importRoadmap(db, text, 'example-roadmap.md', Date.now());
}
