import { browser } from 'wxt/browser';
import type { PageRef, TabSuggestion } from '../domain/tabs/tab-suggestion';

/**
 * The popup asks the service worker, which keeps the suggestion index warm, instead of reading
 * every attached page itself each time it opens.
 */
const SUGGEST = 'waymark:suggest';

interface SuggestRequest {
  type: typeof SUGGEST;
  pages: PageRef[];
}

export async function requestSuggestions(pages: PageRef[]): Promise<TabSuggestion[][]> {
  const request: SuggestRequest = { type: SUGGEST, pages };
  const answer = (await browser.runtime.sendMessage(request)) as TabSuggestion[][] | undefined;
  return Array.isArray(answer) ? answer : pages.map(() => []);
}

export function answerSuggestionRequests(
  suggest: (pages: PageRef[]) => Promise<TabSuggestion[][]>,
) {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isSuggestRequest(message)) return false;
    // sendResponse + `true` rather than a returned promise: both Chromium and Firefox honour it.
    suggest(message.pages).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

function isSuggestRequest(message: unknown): message is SuggestRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as SuggestRequest).type === SUGGEST &&
    Array.isArray((message as SuggestRequest).pages)
  );
}
