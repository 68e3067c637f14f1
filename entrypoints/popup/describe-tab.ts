import type { TagRow } from '../../components/popup/TagTabRow';
import type { CurrentTab } from '../../lib/browser/current-tab';
import { checkAttachable } from '../../lib/domain/tabs/check-attachable';
import { classifyResource } from '../../lib/domain/tabs/classify-resource';
import type { TabSuggestion } from '../../lib/domain/tabs/tab-suggestion';
import type { ResourceKind } from '../../lib/domain/types';

/** A tab's kind, and why it cannot be attached when it cannot. */
export function describeTab(tab: CurrentTab | null): {
  kind: ResourceKind;
  refusal: string | null;
} {
  const check = checkAttachable(tab?.url);
  return check.ok
    ? { kind: classifyResource(check.url, tab?.title ?? ''), refusal: null }
    : { kind: 'other', refusal: check.reason };
}

/** Tab ids are unique in a window; a tab without one (rare) falls back to its position. */
export function tabKey(tab: CurrentTab, index: number): string {
  return String(tab.id ?? `i${index}`);
}

/** One row of "Tag open tabs". */
export function tagRowFor(
  tab: CurrentTab,
  index: number,
  suggestion: TabSuggestion | null,
): TagRow {
  const { kind, refusal } = describeTab(tab);
  return {
    key: tabKey(tab, index),
    title: tab.title ?? '',
    url: tab.url ?? '',
    kind,
    refusal,
    suggestedProjectId: refusal === null ? (suggestion?.projectId ?? null) : null,
    reason:
      refusal === null && suggestion?.reasons[0] ? `Suggested: ${suggestion.reasons[0]}` : null,
  };
}
