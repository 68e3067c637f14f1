// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRoadmapMarkdown } from '../../../lib/domain/roadmap/export-roadmap-markdown';
import { mergeRoadmap, type RoadmapMerge } from '../../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';

const readFixture = (name: string): string =>
  readFileSync(resolve('tests/fixtures/roadmaps', name), 'utf8');

function importFresh(text: string): RoadmapMerge {
  let next = 0;
  return mergeRoadmap(
    parseRoadmap(text),
    { objectives: [], projects: [] },
    {
      roadmapId: 'r1',
      newId: () => `id${++next}`,
    },
  );
}

function exportMerge(merge: RoadmapMerge): string {
  return exportRoadmapMarkdown({
    title: 'My | roadmap',
    tags: ['projects', 'rust'],
    objectives: merge.objectives,
    projects: merge.projects,
    nextSession: (id) => (id === merge.projects[0]?.id ? '2025-03-01' : null),
  });
}

/**
 * What must survive a round-trip: objective titles, and each project's title, links, breakdown,
 * done and estimate.
 */
function summarise(merge: RoadmapMerge) {
  const titles = new Map(merge.objectives.map((o) => [o.id, o.title]));
  return merge.projects.map((p) => ({
    objective: titles.get(p.objectiveId),
    title: p.title,
    done: p.done,
    links: p.links,
    children: p.children,
    estimate: p.estimateMinutes,
  }));
}

/** Gives projects estimates in turn (some none), the way a user might set them in Waymark. */
function withEstimates(merge: RoadmapMerge): RoadmapMerge {
  const cycle = [undefined, 1200, 90, 45, 50, 3, 1, 600_000];
  return {
    ...merge,
    projects: merge.projects.map((p, i) => {
      const estimateMinutes = cycle[i % cycle.length];
      return estimateMinutes === undefined ? p : { ...p, estimateMinutes };
    }),
  };
}

describe('exportRoadmapMarkdown', () => {
  it('writes the example note in its own table format', () => {
    const text = exportMerge(importFresh(readFixture('example-roadmap.md')));
    expect(text.split('\n').slice(0, 14)).toEqual([
      '---',
      'title: "My | roadmap"',
      'tags:',
      '  - "projects"',
      '  - "rust"',
      '---',
      '',
      '| **Checklist** | **Objective** | **Projects with Breakdown** | **Next session** |',
      '| --- | --- | --- | --- |',
      '| <input type="checkbox" checked id="7d8cec"> | **To get into a distributed systems role** | - PubSub system in Rust | 2025-03-01 |',
      '| <input type="checkbox" unchecked id="f3e0857b"> |  | - Fly Dist Sys Challenges |  |',
      '| <input type="checkbox" unchecked id="7420e22f"> |  | - Build Git |  |',
      '| <input type="checkbox" unchecked id="a3bcdfba"> |  | - Lox Interpreter |  |',
      '| <input type="checkbox" unchecked id="99d618ee"> |  | - Distributed File Systems: 3FS DeepSeek |  |',
    ]);
    expect(text).toContain(
      '| <input type="checkbox" checked id="7dfed1"> |  | - gVisor - [foreverVM](https://github.com/tripathi456/gvisor-based-python-repl) |  |',
    );
    expect(text).toContain('| **ML Infra / AI Infra** | - Kubernetes |');
  });

  it.each([
    ['example-roadmap.md'],
    ['headings-and-lists.md'],
    ['task-lists.md'],
    ['tables-mixed.md'],
    ['links.md'],
  ])('round-trips %s', (name) => {
    const merge = withEstimates(importFresh(readFixture(name)));
    const text = exportMerge(merge);
    const again = importFresh(text);
    expect(summarise(again)).toEqual(summarise(merge));
    expect(parseRoadmap(text)).toMatchObject({
      title: 'My | roadmap',
      tags: ['projects', 'rust'],
      warnings: [],
    });
  });

  it('round-trips hostile titles, links off the title and keys without checkbox ids', () => {
    const note = [
      '## Pipes | and *stars* `code`',
      '- A \\| B with \\_under\\_ and \\<b\\> and &amp;lt; and \\# hash',
      '- \\_\\_proto\\_\\_ <script>alert(1)</script>',
      '- Title [a](https://a.example/x_(y)) then [b](https://b.example/?q=1&r=2)',
      '- 1\\. starts with a number',
      '- \\- starts with a dash',
      '## Links column',
      '- Kept',
      '',
      '  More [elsewhere](https://else.example) and <https://auto.example>',
    ].join('\n');
    const merge = withEstimates(importFresh(note));
    const text = exportMerge(merge);
    expect(text).toContain('| **Links** |');
    expect(summarise(importFresh(text))).toEqual(summarise(merge));
    const keys = merge.projects.map((p) => p.key);
    expect(keys.every((key) => key.startsWith('t:'))).toBe(true);
    // Re-importing the export over the stored rows matches every project by title.
    const reimport = mergeRoadmap(parseRoadmap(text), merge, {
      roadmapId: 'r1',
      newId: () => 'new',
    });
    expect(reimport.diff).toEqual({ added: [], changed: [], archived: [], unchanged: 6 });
  });

  it.each([
    [1200, '(20h)'],
    [90, '(1.5h)'],
    [45, '(0.75h)'],
    [3, '(0.05h)'],
    [50, '(50m)'],
    [1, '(1m)'],
    [61, '(61m)'],
    [600_000, '(10000h)'],
  ])('writes %i minutes as %s and reads them back', (minutes, written) => {
    const merge = importFresh('## Git\n- Build [Git](https://git.example)\n  - Objects');
    const projects = merge.projects.map((p) => ({ ...p, estimateMinutes: minutes }));
    const text = exportMerge({ ...merge, projects });
    expect(text).toContain(`| - Build [Git](https://git.example) ${written}<br>- Objects |`);
    expect(importFresh(text).projects[0]).toMatchObject({
      title: 'Build Git',
      estimateMinutes: minutes,
      children: ['Objects'],
    });
  });

  it('writes nothing for a project without an estimate', () => {
    const text = exportMerge(importFresh('- Build Git'));
    expect(text).toContain('| - Build Git |');
  });
});
