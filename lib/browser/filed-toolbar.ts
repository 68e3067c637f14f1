import { browser } from 'wxt/browser';
import type { FiledPage } from '../domain/tabs/filed-pages';
import { toolbarStateFor } from '../domain/tabs/filed-toolbar';
import { forgetResting, showResting } from './badge';

/**
 * The toolbar icon says when a tab's page is already filed ("In Build Git"), from the worker's
 * in-memory index: a map read per tab, never a database read.
 */
export function registerFiledToolbar(filedNow: (url: string | undefined) => FiledPage[]) {
  const show = (tabId: number | undefined, url: string | undefined) => {
    if (tabId === undefined) return;
    void showResting(tabId, toolbarStateFor(filedNow(url))).catch(reportToolbarError);
  };
  const showActive = () => {
    void browser.tabs
      .query({ active: true })
      .then((tabs) => {
        for (const tab of tabs) show(tab.id, tab.url);
      })
      .catch(reportToolbarError);
  };

  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then((tab) => show(tab.id, tab.url))
      .catch(reportToolbarError);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) show(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener(forgetResting);

  return {
    /** Asks again for the tabs on show: after the index was rebuilt. */
    refresh: showActive,
  };
}

function reportToolbarError(error: unknown) {
  console.error('Waymark could not update its toolbar icon', error);
}
