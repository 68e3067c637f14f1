import { EMPTY_MENU_NOTICE_ID, formatMenuTitle, MENU_LIMITS, type MenuItem } from './attach-menu';

/**
 * The suggested rows at the top of the attach menu. Browsers cannot insert a menu item at a
 * position, so the rows exist from the start (hidden) and are retitled per page: a few
 * `update` calls instead of rebuilding a menu of up to 1,200 items.
 */
export const SUGGESTED_SLOT_COUNT = MENU_LIMITS.suggested;
export const SUGGESTED_SEPARATOR_ID = 'separator:suggested';
const SLOT_PREFIX = 'suggested-slot:';

export function suggestedSlotId(slot: number): string {
  return `${SLOT_PREFIX}${slot}`;
}

/** The slot number behind a clicked item, or null for any other item. */
export function slotFromMenuItem(menuItemId: string | number): number | null {
  if (typeof menuItemId !== 'string' || !menuItemId.startsWith(SLOT_PREFIX)) return null;
  const slot = Number(menuItemId.slice(SLOT_PREFIX.length));
  return Number.isInteger(slot) && slot >= 0 && slot < SUGGESTED_SLOT_COUNT ? slot : null;
}

export interface SlotUpdate {
  id: string;
  title?: string;
  visible: boolean;
  enabled?: boolean;
}

/** What the slots should show: the suggested projects, a reason the page is refused, or nothing. */
export type SlotContent =
  | {
      kind: 'suggested';
      /** `filed`: the page is in this project already; such rows come first. */
      projects: Array<{ projectId: string; title: string; filed?: boolean }>;
    }
  | { kind: 'refused'; reason: string }
  | { kind: 'none' };

/** Every slot and the separator, so applying the plan leaves no stale row behind. */
export function planSuggestedSlots(content: SlotContent): SlotUpdate[] {
  const updates: SlotUpdate[] = [];
  const shown = content.kind === 'suggested' ? content.projects.slice(0, SUGGESTED_SLOT_COUNT) : [];
  for (let slot = 0; slot < SUGGESTED_SLOT_COUNT; slot += 1) {
    const project = shown[slot];
    if (project) {
      updates.push({
        id: suggestedSlotId(slot),
        title: `${project.filed ? '✓ In' : 'Suggested:'} ${formatMenuTitle(project.title)}`,
        visible: true,
        enabled: true,
      });
    } else if (slot === 0 && content.kind === 'refused') {
      updates.push({
        id: suggestedSlotId(slot),
        title: formatMenuTitle(`Can’t attach this page: ${content.reason}`, 90),
        visible: true,
        enabled: false,
      });
    } else {
      updates.push({ id: suggestedSlotId(slot), visible: false });
    }
  }
  updates.push({ id: SUGGESTED_SEPARATOR_ID, visible: content.kind !== 'none' });
  return updates;
}

/** The project each slot stands for, in slot order. */
export function slotProjects(content: SlotContent): string[] {
  return content.kind === 'suggested'
    ? content.projects.slice(0, SUGGESTED_SLOT_COUNT).map((project) => project.projectId)
    : [];
}

/** The menu with the hidden suggested rows right under the root, where suggestions belong. */
export function withSuggestedSlots(items: MenuItem[]): Array<MenuItem & { visible?: boolean }> {
  const [root, ...rest] = items;
  // An empty roadmap has nothing to suggest: its menu is one notice.
  if (!root || rest[0]?.id === EMPTY_MENU_NOTICE_ID) return items;
  const slots = Array.from({ length: SUGGESTED_SLOT_COUNT }, (_, slot) => ({
    id: suggestedSlotId(slot),
    parentId: root.id,
    title: 'Suggested',
    visible: false,
  }));
  const separator = {
    id: SUGGESTED_SEPARATOR_ID,
    parentId: root.id,
    title: '',
    type: 'separator' as const,
    visible: false,
  };
  return [root, ...slots, separator, ...rest];
}

export const LINK_BEST_MATCH_ID = 'link-best-match';
const LINK_BEST_MATCH_SEPARATOR_ID = 'separator:link-best-match';

/**
 * "Attach link to best match" right under the root, above the objectives, shown on links only.
 * A browser that says what was right-clicked before the menu opens (Firefox) fills the suggested
 * rows for the link itself and needs no such item; elsewhere the rows are for the page, so the
 * link gets one of its own. Apply before `withSuggestedSlots`, whose page-only rows go above it.
 */
export function withLinkBestMatch(
  items: MenuItem[],
  build: { suggestsForLinks: boolean },
): MenuItem[] {
  const [root, ...rest] = items;
  if (build.suggestsForLinks || !root || rest[0]?.id === EMPTY_MENU_NOTICE_ID) return items;
  const item: MenuItem = {
    id: LINK_BEST_MATCH_ID,
    parentId: root.id,
    title: 'Attach link to best match',
    linkOnly: true,
  };
  const separator: MenuItem = {
    id: LINK_BEST_MATCH_SEPARATOR_ID,
    parentId: root.id,
    title: '',
    type: 'separator',
    linkOnly: true,
  };
  return [root, item, separator, ...rest];
}
