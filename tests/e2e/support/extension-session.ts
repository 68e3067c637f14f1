import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import type { Project } from '../../../lib/domain/types';
import {
  launchExtension,
  serveTestPages,
  type LoadedExtension,
} from '../../../scripts/launch-extension';
import { readStore } from './read-store';

/** What a browser suite works with: the built extension, a local site to attach, one page. */
export interface ExtensionSession {
  extension: LoadedExtension;
  site: { origin: string; server: Server };
  newtab: Page;
}

/** The built extension in a fresh Chromium profile, the local test site and a blank page. */
export async function openSession(): Promise<ExtensionSession> {
  const site = await serveTestPages();
  const extension = await launchExtension();
  return { site, extension, newtab: await extension.context.newPage() };
}

/** Takes what `openSession` made down again, however far it got. */
export async function closeSession(session: Partial<ExtensionSession>): Promise<void> {
  await session.extension?.close();
  session.site?.server.close();
}

/**
 * "Try the example roadmap" from the first-run screen, then waits for its 16 projects in
 * IndexedDB: the data, not a screen the planner may redesign.
 */
export async function importExample(page: Page): Promise<void> {
  await page.goto('chrome://newtab');
  await page.getByRole('button', { name: 'Try the example roadmap', disabled: false }).click();
  for (let attempt = 0; (await readStore(page, 'projects')).length < 16; attempt += 1) {
    assert.ok(attempt < 100, 'the example roadmap was imported');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The stored project with this title; fails the test when there is none. */
export async function projectNamed(page: Page, title: string): Promise<Project> {
  const project = (await readStore<Project>(page, 'projects')).find((p) => p.title === title);
  assert.ok(project, `project ${title} exists`);
  return project;
}
