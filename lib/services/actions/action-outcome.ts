import type { WaymarkDatabase } from '../../db/database';
import { describeFailure } from '../user-error';

/** What every user action is given: the page, popup and service worker each pass their own. */
export interface ActionDeps {
  db: WaymarkDatabase;
  now: () => number;
  newId: () => string;
}

/** What a user action tells its caller: what it did, or a failure in words for the user. */
export type Outcome<T extends object = { message: string }> =
  ({ ok: true } & T) | { ok: false; message: string };

/** Runs an action; whatever it throws becomes the user's message through describeFailure. */
export async function runAction<T extends object>(act: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, ...(await act()) };
  } catch (error) {
    return { ok: false, message: describeFailure(error) };
  }
}
