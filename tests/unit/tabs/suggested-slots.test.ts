import { describe, expect, it } from 'vitest';
import { buildAttachMenu, projectIdFromMenuItem } from '../../../lib/domain/tabs/attach-menu';
import { isCommandUndo, type AttachUndo } from '../../../lib/domain/tabs/attach-undo';
import {
  LINK_BEST_MATCH_ID,
  planSuggestedSlots,
  slotFromMenuItem,
  slotProjects,
  withLinkBestMatch,
  withSuggestedSlots,
} from '../../../lib/domain/tabs/suggested-slots';
import { makeProject } from './example-roadmap-rows';

describe('planSuggestedSlots', () => {
  it('shows the suggested projects in order and hides the spare rows', () => {
    const content = {
      kind: 'suggested' as const,
      projects: [
        { projectId: 'p1', title: 'Kubernetes' },
        { projectId: 'p2', title: 'Docker & Compose' },
      ],
    };
    expect(planSuggestedSlots(content)).toEqual([
      { id: 'suggested-slot:0', title: 'Suggested: Kubernetes', visible: true, enabled: true },
      {
        id: 'suggested-slot:1',
        title: 'Suggested: Docker && Compose',
        visible: true,
        enabled: true,
      },
      { id: 'suggested-slot:2', visible: false },
      { id: 'separator:suggested', visible: true },
    ]);
    expect(slotProjects(content)).toEqual(['p1', 'p2']);
  });

  it('turns the first row into a disabled reason on a page that cannot be attached', () => {
    const plan = planSuggestedSlots({ kind: 'refused', reason: 'Files on your computer …' });
    expect(plan[0]).toMatchObject({ visible: true, enabled: false });
    expect(plan[0]?.title).toMatch(/^Can’t attach this page: Files on your computer/);
    expect(plan.slice(1, 3).every((slot) => !slot.visible)).toBe(true);
    expect(slotProjects({ kind: 'refused', reason: 'x' })).toEqual([]);
  });

  it('hides every row and the separator when nothing matches', () => {
    expect(planSuggestedSlots({ kind: 'none' }).every((slot) => !slot.visible)).toBe(true);
  });
});

describe('slotFromMenuItem', () => {
  it.each([
    ['suggested-slot:0', 0],
    ['suggested-slot:2', 2],
    ['suggested-slot:3', null],
    ['suggested-slot:x', null],
    ['attach:p1', null],
    [42, null],
  ])('%s -> %s', (id, slot) => expect(slotFromMenuItem(id)).toBe(slot));
});

describe('withSuggestedSlots', () => {
  it('puts hidden rows and a separator right under the root, before the objectives', () => {
    const items = withSuggestedSlots(
      buildAttachMenu({
        objectives: [{ id: 'o1', roadmapId: 'r', title: 'Systems', order: 0, archived: 0 }],
        projects: [makeProject({ id: 'p1', objectiveId: 'o1', title: 'Build Git' })],
      }),
    );
    expect(items.map((item) => item.id)).toEqual([
      'waymark-attach',
      'suggested-slot:0',
      'suggested-slot:1',
      'suggested-slot:2',
      'separator:suggested',
      'objective:o1',
      'attach:p1',
    ]);
    expect(items.slice(1, 5).every((item) => item.visible === false)).toBe(true);
  });

  it('adds no rows to the empty-roadmap notice', () => {
    const items = buildAttachMenu({ objectives: [], projects: [] });
    expect(withSuggestedSlots(items)).toEqual(items);
  });
});

describe('withLinkBestMatch', () => {
  const roadmap = {
    objectives: [{ id: 'o1', roadmapId: 'r', title: 'Systems', order: 0, archived: 0 } as const],
    projects: [makeProject({ id: 'p1', objectiveId: 'o1', title: 'Build Git' })],
  };
  const empty = { objectives: [], projects: [] };
  const slots = ['suggested-slot:0', 'suggested-slot:1', 'suggested-slot:2', 'separator:suggested'];
  it.each([
    [
      'Chromium: the link item and its separator, under the page rows, above the objectives',
      roadmap,
      false,
      [
        'waymark-attach',
        ...slots,
        LINK_BEST_MATCH_ID,
        'separator:link-best-match',
        'objective:o1',
        'attach:p1',
      ],
    ],
    [
      'Firefox: unchanged, its suggested rows follow the link',
      roadmap,
      true,
      ['waymark-attach', ...slots, 'objective:o1', 'attach:p1'],
    ],
    ['Chromium, empty roadmap: only the notice', empty, false, ['waymark-attach', 'notice:empty']],
    ['Firefox, empty roadmap: only the notice', empty, true, ['waymark-attach', 'notice:empty']],
  ])('%s', (_name, view, suggestsForLinks, ids) => {
    const items = withSuggestedSlots(
      withLinkBestMatch(buildAttachMenu(view), { suggestsForLinks }),
    );
    expect(items.map((item) => item.id)).toEqual(ids);
  });

  it('shows the link rows on links only, the link item titled and enabled', () => {
    const items = withLinkBestMatch(buildAttachMenu(roadmap), { suggestsForLinks: false });
    expect(items.filter((item) => item.linkOnly).map((item) => item.id)).toEqual([
      LINK_BEST_MATCH_ID,
      'separator:link-best-match',
    ]);
    expect(items.find((item) => item.id === LINK_BEST_MATCH_ID)).toEqual({
      id: LINK_BEST_MATCH_ID,
      parentId: 'waymark-attach',
      title: 'Attach link to best match',
      linkOnly: true,
    });
    // A click on it names no project: it is not a per-project row.
    expect(projectIdFromMenuItem(LINK_BEST_MATCH_ID)).toBeNull();
    expect(slotFromMenuItem(LINK_BEST_MATCH_ID)).toBeNull();
  });
});

describe('isCommandUndo', () => {
  const last: AttachUndo = { summary: 's', at: 1_000, via: 'command', tabId: 7, entries: [] };
  it.each<[string, AttachUndo | null, number | undefined, number, boolean]>([
    ['same tab within 10 s', last, 7, 10_999, true],
    ['after 10 s', last, 7, 11_001, false],
    ['another tab', last, 8, 2_000, false],
    ['after a popup attach', { ...last, via: 'popup' }, 7, 2_000, false],
    ['with nothing attached', null, 7, 2_000, false],
  ])('%s', (_name, record, tabId, now, expected) => {
    expect(isCommandUndo(record, tabId, now)).toBe(expected);
  });
});
