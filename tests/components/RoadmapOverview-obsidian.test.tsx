import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadmapOverview } from '../../components/RoadmapOverview';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [
  objective('o1', 'Systems & networks', 0),
  objective('o2', 'Courses › Rust #1', 1),
];
const projects = [project('p1', 'o1', 'Build Git'), project('p2', 'o2', 'Ownership')];

function renderWith(obsidian?: { vault: string; file: string }) {
  render(
    <RoadmapOverview
      title="My roadmap"
      objectives={objectives}
      projects={projects}
      resourceCounts={new Map()}
      freshness={new Map()}
      reordered={false}
      defaultSessionMinutes={30}
      defaultReviewMinutes={20}
      defaultEffortHours={10}
      forecast={null}
      needed={new Map()}
      today="2026-12-01"
      openProjectId={null}
      details={null}
      actions={null}
      {...(obsidian ? { obsidian } : {})}
    />,
  );
}

const links = () =>
  screen
    .queryAllByRole('link', { name: /^Open in Obsidian/ })
    .map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')]);

describe('RoadmapOverview: opening the note in Obsidian', () => {
  it('links each objective at its heading and each project at its objective', () => {
    renderWith({ vault: 'My Vault', file: 'Plans/Roadmap' });
    const at = (heading: string) =>
      `obsidian://open?vault=My%20Vault&file=Plans%2FRoadmap%23${heading}`;
    expect(links()).toEqual([
      ['Open in Obsidian: Systems & networks', at('Systems%20%26%20networks')],
      ['Open in Obsidian: Build Git', at('Systems%20%26%20networks')],
      ['Open in Obsidian: Courses › Rust #1', at('Rust%20%231')],
      ['Open in Obsidian: Ownership', at('Rust%20%231')],
    ]);
    for (const link of screen.getAllByRole('link', { name: /^Open in Obsidian/ }))
      expect(link.getAttribute('target')).toBeNull();
  });

  it.each([
    ['nothing set', undefined],
    ['no vault', { vault: '', file: 'Roadmap' }],
    ['no note', { vault: 'Vault', file: '' }],
  ])('shows no link with %s', (_, obsidian) => {
    renderWith(obsidian);
    expect(links()).toEqual([]);
  });
});
