import type { Objective, Project } from '../types';

/**
 * One context-menu item, in creation order (parents before children). `type: 'separator'` items
 * must be created as separators (their title is empty).
 */
export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
  enabled?: boolean;
  type?: 'normal' | 'separator';
  /** Shown only on a right-clicked link, whatever the rest of the menu shows on. */
  linkOnly?: true;
}

export const ATTACH_MENU_ROOT_ID = 'waymark-attach';
/** The one item under the root of a roadmap with nothing to attach to. */
export const EMPTY_MENU_NOTICE_ID = 'notice:empty';
/** "Attach link to best match" and its separator, on browsers that need them. */
const LINK_ROWS = 2;
const ATTACH_PREFIX = 'attach:';

/**
 * Caps, chosen for how menus feel and cost: a submenu taller than ~40 rows scrolls on a laptop
 * screen; every item is one `contextMenus.create` call on each roadmap change; Chrome stays
 * responsive to about 1,000 items, so the total leaves 1,000 projects room for their submenus
 * and no more. Past the caps a disabled row points to the popup, which searches every project.
 */
export const MENU_LIMITS = {
  suggested: 3,
  perSubmenu: 40,
  /** "More: 41–80" range submenus per objective: 40 + 10 × 40 = 440 projects per objective. */
  moreSubmenus: 10,
  total: 1200,
  titleLength: 60,
} as const;

/** Chrome reads `&` as an access-key marker; `&&` shows one `&`. Long titles end in `…`. */
export function formatMenuTitle(
  title: string,
  maxLength: number = MENU_LIMITS.titleLength,
): string {
  const flat = title.replace(/\s+/g, ' ').trim() || 'Untitled';
  const chars = [...flat];
  const short =
    chars.length > maxLength
      ? `${chars
          .slice(0, maxLength - 1)
          .join('')
          .trimEnd()}…`
      : flat;
  return short.replace(/&/g, '&&');
}

/** The project id behind a clicked item, or null for the root, submenus and notices. */
export function projectIdFromMenuItem(menuItemId: string | number): string | null {
  if (typeof menuItemId !== 'string') return null;
  if (!menuItemId.startsWith(ATTACH_PREFIX)) return null;
  return menuItemId.slice(ATTACH_PREFIX.length) || null;
}

function isAttachable(project: Project): boolean {
  return project.archived === 0 && project.status !== 'retired';
}

/**
 * The "Attach to Waymark project" menu: one submenu per objective. The suggested rows at its top
 * are fixed slots retitled per page (suggested-slots.ts).
 */
export function buildAttachMenu(input: {
  objectives: Objective[];
  projects: Project[];
}): MenuItem[] {
  const items: MenuItem[] = [{ id: ATTACH_MENU_ROOT_ID, title: 'Attach to Waymark project' }];
  const objectives = [...input.objectives]
    .filter((objective) => objective.archived === 0)
    .sort((a, b) => a.order - b.order);
  const liveObjectiveIds = new Set(objectives.map((objective) => objective.id));
  const live = input.projects.filter(
    (project) => isAttachable(project) && liveObjectiveIds.has(project.objectiveId),
  );

  if (live.length === 0) {
    items.push({
      id: EMPTY_MENU_NOTICE_ID,
      parentId: ATTACH_MENU_ROOT_ID,
      title: 'No projects yet: import a roadmap first',
      enabled: false,
    });
    return items;
  }

  const byObjective = new Map<string, Project[]>();
  for (const project of live) {
    const list = byObjective.get(project.objectiveId) ?? [];
    list.push(project);
    byObjective.set(project.objectiveId, list);
  }
  const groups = objectives
    .map((objective) => ({
      objective,
      projects: [...(byObjective.get(objective.id) ?? [])].sort((a, b) => a.order - b.order),
    }))
    .filter((group) => group.projects.length > 0);

  // Every objective keeps its submenu and room for one notice, whatever comes before it.
  // The suggested slots, the link's best-match item and a separator after each
  // (suggested-slots.ts) join the menu afterwards.
  const joining = MENU_LIMITS.suggested + 1 + LINK_ROWS;
  let budget = MENU_LIMITS.total - joining - items.length - groups.length * 2;
  for (const { objective, projects } of groups) {
    const submenuId = `objective:${objective.id}`;
    items.push({
      id: submenuId,
      parentId: ATTACH_MENU_ROOT_ID,
      title: formatMenuTitle(objective.title),
    });
    const placed = placeProjects(items, submenuId, objective.id, projects, budget);
    budget -= placed.cost;
    const left = projects.length - placed.count;
    if (left > 0) {
      items.push({
        id: `notice:${objective.id}`,
        parentId: submenuId,
        title: `${left} more — use the Waymark popup`,
        enabled: false,
      });
    }
  }
  return items;
}

/** Adds projects under an objective: 40 directly, then "More: 41–80" ranges, within budget. */
function placeProjects(
  items: MenuItem[],
  submenuId: string,
  objectiveId: string,
  projects: Project[],
  budget: number,
): { count: number; cost: number } {
  const { perSubmenu, moreSubmenus } = MENU_LIMITS;
  let count = 0;
  let cost = 0;
  for (let chunk = 0; chunk <= moreSubmenus && count < projects.length; chunk += 1) {
    const slice = projects.slice(chunk * perSubmenu, (chunk + 1) * perSubmenu);
    const parentId = chunk === 0 ? submenuId : `more:${objectiveId}:${chunk}`;
    const overhead = chunk === 0 ? 0 : 1;
    const fits = Math.min(slice.length, budget - cost - overhead);
    if (fits <= 0) break;
    if (chunk > 0) {
      const from = chunk * perSubmenu + 1;
      items.push({ id: parentId, parentId: submenuId, title: `More: ${from}–${from + fits - 1}` });
    }
    for (const project of slice.slice(0, fits)) {
      items.push({
        id: `${ATTACH_PREFIX}${project.id}`,
        parentId,
        title: formatMenuTitle(project.title),
      });
    }
    count += fits;
    cost += overhead + fits;
    if (fits < slice.length) break;
  }
  return { count, cost };
}
