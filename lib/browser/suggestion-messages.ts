import { browser } from 'wxt/browser';
import type { PageRef, TabLookup } from '../domain/tabs/tab-suggestion';

/**
 * The popup asks the service worker, which keeps the suggestion index warm, instead of reading
 * every attached page and project itself each time it opens: one message answers what its first
 * screen shows.
 */
const LOOK = 'waymark:look';

/** More tabs than a window holds in practice; a longer list is refused, not truncated. */
const MAX_PAGES = 1000;

interface LookRequest {
  type: typeof LOOK;
  pages: PageRef[];
}

export async function requestTabLookup(pages: PageRef[]): Promise<TabLookup | null> {
  const request: LookRequest = { type: LOOK, pages };
  const answer = (await browser.runtime.sendMessage(request)) as TabLookup | undefined;
  return isLookup(answer, pages.length) ? answer : null;
}

export function answerTabLookups(look: (pages: PageRef[]) => Promise<TabLookup>) {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isLookRequest(message)) return false;
    // sendResponse + `true` rather than a returned promise: both Chromium and Firefox honour it.
    look(message.pages.map(pageOf)).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

function isLookRequest(message: unknown): message is LookRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, pages } = message as Partial<LookRequest>;
  return type === LOOK && Array.isArray(pages) && pages.length <= MAX_PAGES;
}

/** Only strings go on, whatever the message held. */
function pageOf(page: unknown): PageRef {
  const { url, title } = (typeof page === 'object' && page !== null ? page : {}) as PageRef;
  return {
    url: typeof url === 'string' ? url : undefined,
    title: typeof title === 'string' ? title : undefined,
  };
}

function isLookup(answer: TabLookup | undefined, pages: number): answer is TabLookup {
  return (
    typeof answer === 'object' &&
    answer !== null &&
    Array.isArray(answer.suggestions) &&
    answer.suggestions.length === pages &&
    Array.isArray(answer.filed) &&
    answer.filed.length === pages &&
    Array.isArray(answer.roadmap?.objectives) &&
    Array.isArray(answer.roadmap?.projects)
  );
}
