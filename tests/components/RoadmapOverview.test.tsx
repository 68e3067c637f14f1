import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay } from '../../components/format';
import {
  OPEN_ALL_UP_TO,
  RoadmapOverview,
  type RoadmapActions,
} from '../../components/RoadmapOverview';
import { forecastRoadmap } from '../../lib/domain/schedule/forecast-roadmap';
import { dayToIndex } from '../../lib/domain/schedule/day-index';
import { DEFAULT_SETTINGS, type Objective, type Project } from '../../lib/domain/types';
import { objective, project } from './fixtures';

afterEach(cleanup);

const objectives = [objective('o1', 'Distributed systems', 0), objective('o2', 'ML infra', 1)];
const projects = [
  project('p1', 'o1', 'Build Git', { done: true, phase: 'reviewing', builtMinutes: 480 }),
  project('p2', 'o1', 'Lox Interpreter', {
    sessionMinutes: 45,
    phase: 'building',
    builtMinutes: 210,
  }),
  project('p3', 'o2', 'Kubernetes', { status: 'paused' }),
];
const shortDay = (day: string) => formatDay(day, { day: 'numeric', month: 'short' });
const longDay = (day: string) =>
  formatDay(day, { day: 'numeric', month: 'short', year: 'numeric' });

function actions(): RoadmapActions {
  return {
    setDone: vi.fn(),
    setStatus: vi.fn(),
    setSessionMinutes: vi.fn(),
    setReviewMinutes: vi.fn(),
    setBuilding: vi.fn(),
    setEstimate: vi.fn(),
    setTargetDate: vi.fn(),
    moveObjective: vi.fn(),
    resetObjectiveOrder: vi.fn(),
    toggleDetails: vi.fn(),
  };
}

function renderOverview(overrides: Partial<Parameters<typeof RoadmapOverview>[0]> = {}) {
  return render(
    <RoadmapOverview
      title="My roadmap"
      objectives={objectives}
      projects={projects}
      resourceCounts={new Map([['p2', 3]])}
      freshness={new Map([['o1', 0.68]])}
      reordered={false}
      defaultSessionMinutes={30}
      defaultReviewMinutes={20}
      defaultEffortHours={10}
      forecast={null}
      needed={new Map()}
      today="2026-11-20"
      openProjectId={null}
      details={null}
      actions={actions()}
      {...overrides}
    />,
  );
}

describe('RoadmapOverview', () => {
  it('lists projects under their objective with progress, freshness and resource counts', () => {
    renderOverview();
    const first = screen.getByRole('region', { name: 'Distributed systems' });
    // Build Git is done: its whole 10 h count, not the 8 h logged. Lox has 3.5 h of 10 h.
    expect(within(first).getByRole('heading').textContent).toBe(
      'Distributed systems 1/2 done · 13.5 h of 20 h built · 68% fresh',
    );
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.project-line > a, .project-line > span')?.textContent),
    ).toEqual(['Build Git', 'Lox Interpreter']);
    expect(within(first).getByText('3 resources')).toBeTruthy();
    expect((within(first).getByLabelText('Build Git done') as HTMLInputElement).checked).toBe(true);
    expect(
      (within(first).getByLabelText('Session minutes for Lox Interpreter') as HTMLInputElement)
        .value,
    ).toBe('45');
    const second = screen.getByRole('region', { name: 'ML infra' });
    expect(within(second).getByRole('heading').textContent).toBe(
      'ML infra 0/1 done · 0 h of 10 h built',
    );
    expect(within(second).getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('sends each action with the project it belongs to', () => {
    const a = actions();
    renderOverview({ actions: a });
    fireEvent.click(screen.getByLabelText('Lox Interpreter done'));
    expect(a.setDone).toHaveBeenCalledWith('p2', true);
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Distributed systems' })).getAllByRole('button', {
        name: 'Pause',
      })[0]!,
    );
    expect(a.setStatus).toHaveBeenCalledWith('p1', 'paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(a.setStatus).toHaveBeenCalledWith('p3', 'resume');
    // Build Git is done: its sessions are reviews, so the field sets their length.
    const review = screen.getByLabelText('Review minutes for Build Git') as HTMLInputElement;
    expect(review.value).toBe('20');
    fireEvent.change(review, { target: { value: '25' } });
    expect(a.setReviewMinutes).toHaveBeenCalledWith('p1', 25);
    expect(a.setSessionMinutes).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Session minutes for Lox Interpreter'), {
      target: { value: '50' },
    });
    expect(a.setSessionMinutes).toHaveBeenCalledWith('p2', 50);
  });

  it('moves objectives up and down, never past either end', () => {
    const a = actions();
    renderOverview({ actions: a });
    const up = (title: string) => screen.getByRole('button', { name: `Move ${title} up` });
    const down = (title: string) => screen.getByRole('button', { name: `Move ${title} down` });
    expect((up('Distributed systems') as HTMLButtonElement).disabled).toBe(true);
    expect((down('ML infra') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(up('ML infra'));
    expect(a.moveObjective).toHaveBeenCalledWith('o2', 0);
    fireEvent.click(down('Distributed systems'));
    expect(a.moveObjective).toHaveBeenCalledWith('o1', 1);
    expect(screen.queryByRole('button', { name: "Back to the note's order" })).toBeNull();
  });

  it('keeps the keyboard on a moved objective once the new order arrives, and only then', () => {
    const a = actions();
    const { rerender } = renderOverview({ actions: a });
    fireEvent.click(screen.getByRole('button', { name: 'Move ML infra up' }));
    const reorder = (list: typeof objectives) =>
      rerender(
        <RoadmapOverview
          title="My roadmap"
          objectives={list}
          reordered
          projects={projects}
          resourceCounts={new Map()}
          freshness={new Map()}
          defaultSessionMinutes={30}
          defaultReviewMinutes={20}
          defaultEffortHours={10}
          forecast={null}
          needed={new Map()}
          today="2026-11-20"
          openProjectId={null}
          details={null}
          actions={a}
        />,
      );
    reorder([objectives[1]!, objectives[0]!]);
    // At the top "up" is disabled: the keyboard lands on "down".
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move ML infra down');
    const minutes = screen.getByLabelText('Review minutes for Build Git') as HTMLInputElement;
    minutes.focus();
    reorder([objectives[1]!, objectives[0]!]);
    expect(document.activeElement).toBe(minutes);
  });

  it('offers the note order back once objectives are reordered', () => {
    const a = actions();
    renderOverview({ actions: a, reordered: true });
    fireEvent.click(screen.getByRole('button', { name: "Back to the note's order" }));
    expect(a.resetObjectiveOrder).toHaveBeenCalledOnce();
  });

  it('renders hostile titles as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const { container } = renderOverview({
      title: hostile,
      objectives: [objective('o1', hostile, 0)],
      projects: [
        project('p1', 'o1', hostile, { links: [{ url: 'https://example.org/', label: 'x' }] }),
      ],
    });
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe(hostile);
    expect(screen.getByRole('link').getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens and closes an objective from its title, saying which state it is in', () => {
    renderOverview();
    const toggle = screen.getByRole('button', { name: 'ML infra' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.textContent).toMatch(
      /Kubernetes/,
    );
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    expect(screen.queryByText('Kubernetes')).toBeNull();
    // The heading still counts what is inside.
    expect(
      within(screen.getByRole('region', { name: 'ML infra' })).getByRole('heading').textContent,
    ).toBe('ML infra 0/1 done · 0 h of 10 h built');
  });

  it(`past ${OPEN_ALL_UP_TO} projects, opens only the first objective until asked`, () => {
    const many = Array.from({ length: OPEN_ALL_UP_TO + 1 }, (_, i) =>
      project(`m${i}`, i % 2 ? 'o2' : 'o1', `Project ${i}`),
    );
    renderOverview({ projects: many });
    const rows = () => document.querySelectorAll('li.project').length;
    expect(rows()).toBe(Math.ceil(many.length / 2));
    expect(screen.getByRole('button', { name: 'ML infra' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open all' }));
    expect(rows()).toBe(many.length);
    fireEvent.click(screen.getByRole('button', { name: 'Close all' }));
    expect(rows()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'ML infra' }));
    expect(rows()).toBe(Math.floor(many.length / 2));
  });

  it('starts from the objectives opened or closed last time, and reports each change', () => {
    const onToggledChange = vi.fn();
    renderOverview({ initialToggled: ['o2'], onToggledChange });
    const ml = screen.getByRole('button', { name: 'ML infra' });
    expect(ml.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Distributed systems' }));
    expect(onToggledChange).toHaveBeenLastCalledWith(['o2', 'o1']);
    fireEvent.click(ml);
    expect(onToggledChange).toHaveBeenLastCalledWith(['o1']);
    expect(ml.getAttribute('aria-expanded')).toBe('true');
  });

  describe('the plan to its end', () => {
    const settings = { ...DEFAULT_SETTINGS, inProgress: 1 };
    const today = '2026-11-20';
    const plannedObjectives: Objective[] = [
      { ...objective('o1', 'Distributed systems', 0), targetDate: '2026-11-23' },
      { ...objective('o2', 'ML infra', 1), targetDate: '2026-12-01' },
    ];
    // One build at a time, 60 min a day: 7 h of building cannot be done by 23 Nov.
    const planned = [
      project('a', 'o1', 'Raft', { phase: 'building', estimateMinutes: 300 }),
      project('b', 'o1', 'Paxos', { estimateMinutes: 120, order: 1 }),
      // Done, its next review months away: it takes no time from the builds.
      project('c', 'o2', 'Kubernetes', {
        phase: 'reviewing',
        done: true,
        card: {
          due: Date.UTC(2027, 5, 1),
          stability: 200,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 200,
          learningSteps: 0,
          reps: 3,
          lapses: 0,
          state: 2,
          lastReview: Date.UTC(2026, 10, 1),
        },
      }),
    ];
    const forecast = forecastRoadmap({
      projects: planned,
      objectives: plannedObjectives,
      settings,
      today,
    });
    // Read from the forecast, so these tests hold whatever the planner's pacing.
    const day = (id: string, which: 'start' | 'done') => forecast.projects.get(id)![which]!;
    const reached = forecast.objectives.get('o1')!.done!;
    const lateDays = dayToIndex(reached) - dayToIndex('2026-11-23');
    const outlookOf = (title: string) =>
      screen.getByRole('region', { name: title }).querySelector('.objective-outlook')!;

    it('says when each objective is reached and how late it is against its target', () => {
      renderOverview({
        objectives: plannedObjectives,
        projects: planned,
        forecast,
        needed: new Map([['o1', 75]]),
        today,
      });
      const first = outlookOf('Distributed systems').textContent;
      expect(lateDays).toBeGreaterThan(1);
      expect(first).toContain(`Reached by ${longDay(reached)}.`);
      expect(first).toContain(`Late by ${lateDays} days.`);
      expect(first).toContain('1 h 15 min a day would make it.');
      expect(first).not.toContain('On track');
      // Nothing pending: reached, and no lateness whatever the target.
      expect(outlookOf('ML infra').textContent).toMatch(/^Reached(?!.*Late)/);
    });

    it('gives each project its phase, progress and forecast days', () => {
      renderOverview({ objectives: plannedObjectives, projects: planned, forecast, today });
      const row = (id: string) => document.querySelector(`li[data-project-id="${id}"]`)!;
      expect(row('a').querySelector('.tag')?.textContent).toBe('building');
      expect(row('a').querySelector('.project-progress')?.textContent).toBe(
        `0 h of 5 h` + `done by ${shortDay(day('a', 'done'))}`,
      );
      expect(row('b').querySelector('.tag')?.textContent).toBe('queued');
      expect(row('b').querySelector('.project-progress')?.textContent).toContain(
        `starts ${shortDay(day('b', 'start'))} · done by ${shortDay(reached)}`,
      );
      expect(row('c').querySelector('.tag')?.textContent).toBe('done');
      const bar = screen.getByRole('progressbar', { name: 'Progress of Kubernetes' });
      expect((bar as HTMLProgressElement).value).toBe((bar as HTMLProgressElement).max);
    });

    it('calls a queued project that starts today "up next", with no Start now', () => {
      const upNext = { ...forecast, projects: new Map(forecast.projects) };
      upNext.projects.set('b', { projectId: 'b', start: today, done: day('b', 'done') });
      renderOverview({ objectives: plannedObjectives, projects: planned, forecast: upNext, today });
      const row = document.querySelector('li[data-project-id="b"]')!;
      expect(row.querySelector('.tag')?.textContent).toBe('up next');
      expect(within(row as HTMLElement).queryByRole('button', { name: 'Start now' })).toBeNull();
    });

    it('says a project done without a logged session has nothing logged', () => {
      renderOverview({ objectives: plannedObjectives, projects: planned, forecast, today });
      const kubernetes = document.querySelector('li[data-project-id="c"] .project-progress');
      expect(kubernetes?.textContent).toBe('done, nothing logged');
    });

    it('re-renders a row when either of its forecast days changes', () => {
      // The same actions throughout: only the forecast days differ.
      const { rerender } = renderOverview({ projects: planned, forecast, today, actions: null });
      const withDays = (start: string, done: string) => (
        <RoadmapOverview
          title="My roadmap"
          objectives={objectives}
          projects={planned}
          resourceCounts={new Map()}
          freshness={new Map()}
          reordered={false}
          defaultSessionMinutes={30}
          defaultReviewMinutes={20}
          defaultEffortHours={10}
          forecast={{ ...forecast, projects: new Map([['b', { projectId: 'b', start, done }]]) }}
          needed={new Map()}
          today={today}
          openProjectId={null}
          details={null}
          actions={null}
        />
      );
      const shown = () =>
        document.querySelector('li[data-project-id="b"] .project-progress')?.textContent;
      rerender(withDays('2026-12-01', '2026-11-26'));
      expect(shown()).toContain(
        `starts ${shortDay('2026-12-01')} · done by ${shortDay('2026-11-26')}`,
      );
      rerender(withDays('2026-12-01', '2026-12-03'));
      expect(shown()).toContain(`done by ${shortDay('2026-12-03')}`);
    });
  });

  it('updates a row when its phase, progress or estimate changes', () => {
    const a = actions();
    const { rerender } = renderOverview({ actions: a });
    const withLox = (extra: Partial<Project>) => (
      <RoadmapOverview
        title="My roadmap"
        objectives={objectives}
        projects={projects.map((p) => (p.id === 'p2' ? { ...p, ...extra } : p))}
        resourceCounts={new Map([['p2', 3]])}
        freshness={new Map()}
        reordered={false}
        defaultSessionMinutes={30}
        defaultReviewMinutes={20}
        defaultEffortHours={10}
        forecast={null}
        needed={new Map()}
        today="2026-11-20"
        openProjectId={null}
        details={null}
        actions={a}
      />
    );
    const lox = () => document.querySelector('li[data-project-id="p2"]')!;
    rerender(withLox({ builtMinutes: 240 }));
    expect(lox().querySelector('.project-progress')?.textContent).toBe('4 h of 10 h');
    rerender(withLox({ builtMinutes: 240, estimateMinutes: 300 }));
    expect(lox().querySelector('.project-progress')?.textContent).toBe('4 h of 5 h');
    rerender(withLox({ builtMinutes: 240, estimateMinutes: 300, phase: 'queued' }));
    expect(lox().querySelector('.tag')?.textContent).toBe('queued');
  });

  const target = (date: string, lateDays: number, never = false) => ({ date, lateDays, never });
  const feb4 = `Reached by ${longDay('2027-02-04')}.`;
  it.each([
    ['reached on a day', { done: '2027-02-04', target: null }, undefined, feb4],
    ['never', { done: null, target: null }, undefined, 'Not within ten years at this pace.'],
    ['on track', { done: '2027-02-04', target: target('2027-03-01', 0) }, 1, `${feb4}On track.`],
    [
      'late, still working out',
      { done: '2027-02-04', target: target('2027-01-04', 31) },
      undefined,
      `${feb4}Late by 31 days.Working out what would make it.`,
    ],
    [
      'late by one day',
      { done: '2026-12-02', target: target('2026-12-01', 1) },
      45,
      `Reached by ${longDay('2026-12-02')}.Late by 1 day.45 min a day would make it.`,
    ],
    [
      'late and out of reach',
      { done: null, target: target('2027-01-04', 0, true) },
      null,
      'Not within ten years at this pace.Late.Not reachable by then, even at 24 h a day.',
    ],
    [
      'past its target date',
      { done: '2027-02-04', target: target('2026-11-01', 95) },
      null,
      `${feb4}Late by 95 days.The target date has passed.`,
    ],
  ])('shows the outlook of an objective %s', (_, outlook, needed, text) => {
    renderOverview({
      forecast: {
        projects: new Map(),
        objectives: new Map([['o1', { ...outlook, pending: true }]]),
        end: null,
      },
      needed: new Map(needed === undefined ? [] : [['o1', needed]]),
      actions: null,
    });
    expect(
      screen
        .getByRole('region', { name: 'Distributed systems' })
        .querySelector('.objective-outlook')?.textContent,
    ).toBe(text);
  });

  it("sets and clears an objective's target date", () => {
    const a = actions();
    renderOverview({
      actions: a,
      objectives: [{ ...objectives[0]!, targetDate: '2027-01-04' }, objectives[1]!],
    });
    const target = screen.getByLabelText('Target date for Distributed systems') as HTMLInputElement;
    expect(target.value).toBe('2027-01-04');
    fireEvent.change(target, { target: { value: '2027-03-01' } });
    expect(a.setTargetDate).toHaveBeenCalledWith('o1', '2027-03-01');
    fireEvent.click(
      screen.getByRole('button', { name: 'Clear target date for Distributed systems' }),
    );
    expect(a.setTargetDate).toHaveBeenLastCalledWith('o1', undefined);
    // No target yet: nothing to clear.
    expect(screen.queryByRole('button', { name: 'Clear target date for ML infra' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Target date for ML infra'), {
      target: { value: '2027-05-01' },
    });
    expect(a.setTargetDate).toHaveBeenLastCalledWith('o2', '2027-05-01');
  });

  it('takes an estimate in hours and sends minutes; empty goes back to the default', () => {
    const a = actions();
    renderOverview({
      actions: a,
      projects: [...projects, project('p4', 'o2', 'Ray', { estimateMinutes: 750 })],
    });
    const lox = screen.getByLabelText('Estimate (h) for Lox Interpreter') as HTMLInputElement;
    expect(lox.value).toBe('');
    expect(lox.placeholder).toBe('10');
    expect((screen.getByLabelText('Estimate (h) for Ray') as HTMLInputElement).value).toBe('12.5');
    fireEvent.change(lox, { target: { value: '12.5' } });
    expect(a.setEstimate).toHaveBeenCalledWith('p2', 750);
    fireEvent.change(screen.getByLabelText('Estimate (h) for Ray'), { target: { value: '' } });
    expect(a.setEstimate).toHaveBeenLastCalledWith('p4', undefined);
  });

  it('starts a queued project now and puts a building one back in the queue', () => {
    const a = actions();
    renderOverview({
      actions: a,
      projects: [...projects, project('p4', 'o2', 'Ray')],
    });
    const row = (id: string) => document.querySelector<HTMLElement>(`li[data-project-id="${id}"]`)!;
    fireEvent.click(within(row('p4')).getByRole('button', { name: 'Start now' }));
    expect(a.setBuilding).toHaveBeenCalledWith('p4', true);
    fireEvent.click(within(row('p2')).getByRole('button', { name: 'Back to queue' }));
    expect(a.setBuilding).toHaveBeenLastCalledWith('p2', false);
    // Done, paused or retired: neither.
    for (const id of ['p1', 'p3']) {
      expect(within(row(id)).queryByRole('button', { name: /Start now|Back to queue/ })).toBeNull();
    }
  });

  it('says when a building project is past its estimate, and offers to raise it or mark it done', () => {
    const a = actions();
    renderOverview({
      actions: a,
      projects: [
        project('p1', 'o1', 'Build Git', { phase: 'building', builtMinutes: 620 }),
        project('p2', 'o1', 'Lox Interpreter', { phase: 'building', builtMinutes: 590 }),
      ],
    });
    const row = document.querySelector<HTMLElement>('li[data-project-id="p1"]')!;
    expect(row.querySelector('.past-estimate')?.textContent).toMatch(/^Past its 10 h estimate\./);
    expect(document.querySelectorAll('.past-estimate')).toHaveLength(1);
    // Half as much again on the 10 h 20 min built, to the next half hour.
    fireEvent.click(within(row).getByRole('button', { name: 'Raise to 15.5 h' }));
    expect(a.setEstimate).toHaveBeenCalledWith('p1', 930);
    fireEvent.click(within(row).getByRole('button', { name: 'Mark done' }));
    expect(a.setDone).toHaveBeenCalledWith('p1', true);
  });
});

const obsidianObjectives = [
  objective('o1', 'Systems & networks', 0),
  objective('o2', 'Courses › Rust #1', 1),
];
const obsidianProjects = [project('p1', 'o1', 'Build Git'), project('p2', 'o2', 'Ownership')];

function renderWith(obsidian?: { vault: string; file: string }) {
  renderOverview({
    objectives: obsidianObjectives,
    projects: obsidianProjects,
    resourceCounts: new Map(),
    freshness: new Map(),
    today: '2026-12-01',
    actions: null,
    ...(obsidian ? { obsidian } : {}),
  });
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
