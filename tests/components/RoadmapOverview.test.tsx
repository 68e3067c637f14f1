import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadmapOverview } from '../../components/RoadmapOverview';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Distributed systems', 0), objective('o2', 'ML infra', 1)];

describe('RoadmapOverview', () => {
  it('lists projects under their objective with done counts and resource counts', () => {
    render(
      <RoadmapOverview
        title="My roadmap"
        objectives={objectives}
        projects={[
          project('p1', 'o1', 'Build Git', { done: true }),
          project('p2', 'o1', 'Lox Interpreter'),
          project('p3', 'o2', 'Kubernetes'),
        ]}
        resourceCounts={new Map([['p2', 3]])}
      />,
    );
    const first = screen.getByRole('region', { name: 'Distributed systems' });
    expect(within(first).getByRole('heading').textContent).toBe('Distributed systems 1/2 done');
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓Build Git', '○Lox Interpreter3 resources']);
    const second = screen.getByRole('region', { name: 'ML infra' });
    expect(
      within(second)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['○Kubernetes']);
  });

  it('renders hostile titles as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const { container } = render(
      <RoadmapOverview
        title={hostile}
        objectives={[objective('o1', hostile, 0)]}
        projects={[
          project('p1', 'o1', hostile, { links: [{ url: 'https://example.org/', label: 'x' }] }),
        ]}
        resourceCounts={new Map()}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe(hostile);
    expect(screen.getByRole('link').getAttribute('rel')).toBe('noopener noreferrer');
  });
});
