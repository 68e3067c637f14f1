import { describe, expect, it } from 'vitest';
import {
  ATTACH_MENU_ROOT_ID,
  buildAttachMenu,
  formatMenuTitle,
  MENU_LIMITS,
  projectIdFromMenuItem,
  type MenuItem,
} from '../../../lib/domain/tabs/attach-menu';
import type { Objective, Project } from '../../../lib/domain/types';
import { withLinkBestMatch, withSuggestedSlots } from '../../../lib/domain/tabs/suggested-slots';
import { buildExampleRows, makeProject } from './example-roadmap-rows';

function roadmapOf(objectiveCount: number, projectsPerObjective: number) {
  const objectives: Objective[] = Array.from({ length: objectiveCount }, (_, order) => ({
    id: `o${order}`,
    roadmapId: 'r1',
    title: `Objective ${order}`,
    order,
    archived: 0,
  }));
  const projects: Project[] = objectives.flatMap((objective, o) =>
    Array.from({ length: projectsPerObjective }, (_, order) =>
      makeProject({
        id: `p${o}-${order}`,
        objectiveId: objective.id,
        title: `Project ${o}.${order}`,
        order,
      }),
    ),
  );
  return { objectives, projects };
}

function expectWellFormed(items: MenuItem[]) {
  const seen = new Set<string>();
  for (const item of items) {
    expect(seen.has(item.id), `duplicate id ${item.id}`).toBe(false);
    if (item.parentId !== undefined)
      expect(seen.has(item.parentId), `parent of ${item.id}`).toBe(true);
    seen.add(item.id);
  }
  expect(items.length).toBeLessThanOrEqual(MENU_LIMITS.total);
  const children = new Map<string, number>();
  for (const item of items) {
    if (item.parentId) children.set(item.parentId, (children.get(item.parentId) ?? 0) + 1);
  }
  for (const [parent, count] of children) {
    if (parent === ATTACH_MENU_ROOT_ID) continue;
    // 40 projects + up to 10 "More" ranges + one notice.
    expect(count, parent).toBeLessThanOrEqual(
      MENU_LIMITS.perSubmenu + MENU_LIMITS.moreSubmenus + 1,
    );
  }
}

const attachIds = (items: MenuItem[]) =>
  items
    .filter((item) => item.id.startsWith('attach:'))
    .map((item) => projectIdFromMenuItem(item.id));

describe('buildAttachMenu', () => {
  it('builds the example roadmap: one submenu per objective', () => {
    const rows = buildExampleRows();
    const items = buildAttachMenu(rows);
    expect(items.slice(0, 2)).toEqual([
      { id: 'waymark-attach', title: 'Attach to Waymark project' },
      {
        id: 'objective:o-to-get-into-a-distributed-systems-role',
        parentId: 'waymark-attach',
        title: 'To get into a distributed systems role',
      },
    ]);
    expect(
      items.filter((item) => item.parentId === ATTACH_MENU_ROOT_ID).map((item) => item.title),
    ).toEqual([
      'To get into a distributed systems role',
      'ML Infra / AI Infra',
      'AI Engineer - Build reliable apps on AI stack',
      'ML Distributed Training',
    ]);
    expect(attachIds(items)).toEqual(rows.projects.map((project) => project.id));
    expectWellFormed(items);
  });

  it('leaves out archived and retired projects, archived objectives and empty objectives', () => {
    const objectives: Objective[] = [
      { id: 'o1', roadmapId: 'r1', title: 'Live', order: 0, archived: 0 },
      { id: 'o2', roadmapId: 'r1', title: 'Archived', order: 1, archived: 1 },
      { id: 'o3', roadmapId: 'r1', title: 'Empty', order: 2, archived: 0 },
    ];
    const projects = [
      makeProject({ id: 'keep', objectiveId: 'o1', title: 'Keep', order: 1 }),
      makeProject({ id: 'old', objectiveId: 'o1', title: 'Old', order: 0, archived: 1 }),
      makeProject({ id: 'retired', objectiveId: 'o1', title: 'Retired', status: 'retired' }),
      makeProject({ id: 'hidden', objectiveId: 'o2', title: 'Hidden' }),
    ];
    const items = buildAttachMenu({ objectives, projects });
    expect(items).toEqual([
      { id: 'waymark-attach', title: 'Attach to Waymark project' },
      { id: 'objective:o1', parentId: 'waymark-attach', title: 'Live' },
      { id: 'attach:keep', parentId: 'objective:o1', title: 'Keep' },
    ]);
  });

  it('says so when there is nothing to attach to', () => {
    expect(buildAttachMenu({ objectives: [], projects: [] })).toEqual([
      { id: 'waymark-attach', title: 'Attach to Waymark project' },
      {
        id: 'notice:empty',
        parentId: 'waymark-attach',
        title: 'No projects yet: import a roadmap first',
        enabled: false,
      },
    ]);
  });

  it.each([
    ['1,000 projects in one objective', 1, 1000, 440, '560 more — use the Waymark popup'],
    ['1,000 projects in 10 objectives', 10, 100, 1000, undefined],
    ['1,000 projects in 25 objectives', 25, 40, 1000, undefined],
    ['2,000 projects in 20 objectives', 20, 100, 1131, '100 more — use the Waymark popup'],
  ])('stays within the caps: %s', (_name, objectiveCount, perObjective, placed, lastNotice) => {
    const { objectives, projects } = roadmapOf(objectiveCount, perObjective);
    const items = buildAttachMenu({ objectives, projects });
    expectWellFormed(items);
    const ids = attachIds(items);
    expect(ids).toHaveLength(placed);
    expect(new Set(ids).size).toBe(placed);
    // Room is left for the suggested slots, the link's best-match item and their separators.
    expect(items.length).toBeLessThanOrEqual(MENU_LIMITS.total - MENU_LIMITS.suggested - 3);
    const full = withSuggestedSlots(withLinkBestMatch(items, { suggestsForLinks: false }));
    expect(full.length).toBeLessThanOrEqual(MENU_LIMITS.total);
    expect(items.filter((item) => item.enabled === false).at(-1)?.title).toBe(lastNotice);
    // Every objective keeps its submenu, even past the total cap.
    expect(items.filter((item) => item.id.startsWith('objective:'))).toHaveLength(objectiveCount);
  });

  it('chunks a long objective into "More" ranges of 40', () => {
    const { objectives, projects } = roadmapOf(1, 95);
    const items = buildAttachMenu({ objectives, projects });
    expect(
      items
        .filter((item) => item.parentId === 'objective:o0')
        .map((item) => item.title)
        .slice(38),
    ).toEqual(['Project 0.38', 'Project 0.39', 'More: 41–80', 'More: 81–95']);
    expect(items.filter((item) => item.parentId === 'more:o0:2')).toHaveLength(15);
  });

  it('escapes & and shortens long titles', () => {
    const objectives: Objective[] = [
      { id: 'o1', roadmapId: 'r1', title: 'R&D', order: 0, archived: 0 },
    ];
    const long =
      'Durable execution of AI Agents (Distributed Systems) & delivery guarantees in practice';
    const projects = [makeProject({ id: 'x', objectiveId: 'o1', title: long })];
    const items = buildAttachMenu({ objectives, projects });
    expect(items.map((item) => item.title)).toEqual([
      'Attach to Waymark project',
      'R&&D',
      'Durable execution of AI Agents (Distributed Systems) && deli…',
    ]);
  });

  it.each([
    ['Docs & Tools', 'Docs && Tools'],
    ['  spaced\n  out  ', 'spaced out'],
    ['', 'Untitled'],
    ['x'.repeat(61), `${'x'.repeat(59)}…`],
    ['x'.repeat(60), 'x'.repeat(60)],
  ])('formats %j as %j', (title, expected) => {
    expect(formatMenuTitle(title)).toBe(expected);
  });
});

describe('projectIdFromMenuItem', () => {
  it.each<[string | number, string | null]>([
    ['attach:p-build-git', 'p-build-git'],
    ['suggested-slot:0', null],
    ['attach:01HZY:with:colons', '01HZY:with:colons'],
    ['attach:', null],
    ['waymark-attach', null],
    ['objective:o1', null],
    ['more:o1:1', null],
    ['notice:o1', null],
    ['separator:suggested', null],
    [42, null],
  ])('%s -> %s', (id, expected) => {
    expect(projectIdFromMenuItem(id)).toBe(expected);
  });

  it('round-trips every project of a 1,000-project menu', () => {
    const { objectives, projects } = roadmapOf(10, 100);
    const items = buildAttachMenu({ objectives, projects });
    const clicked = items.map((item) => projectIdFromMenuItem(item.id)).filter((id) => id !== null);
    expect(new Set(clicked)).toEqual(new Set(projects.map((project) => project.id)));
  });
});
