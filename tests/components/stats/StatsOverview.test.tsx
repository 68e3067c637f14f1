import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatsOverview } from '../../../components/stats/StatsOverview';
import type { ForecastDay } from '../../../lib/domain/schedule';
import { heatmapCells, type StatsReport } from '../../../lib/domain/stats';

afterEach(cleanup);

const TODAY = '2026-11-28';
const longDate = (y: number, m: number, d: number, year = false) =>
  new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' } : {}),
  }).format(new Date(y, m - 1, d));

/** A day of the forecast: a third of its minutes reviewing, the rest building. */
function forecastDay(date: string, minutes: number, budget = 60, backlog = 0): ForecastDay {
  const reviewMinutes = Math.round(minutes / 3);
  return {
    date,
    budget,
    minutes,
    reviewMinutes,
    buildMinutes: minutes - reviewMinutes,
    backlogMinutes: backlog,
  };
}

function report(change: Partial<StatsReport> = {}): StatsReport {
  return {
    today: TODAY,
    heatmap: heatmapCells(
      new Map([
        ['2026-03-12', 45],
        ['2025-12-01', 90],
      ]),
      TODAY,
    ),
    heatmapMinutes: 135,
    streaks: { current: 3, longest: 1 },
    minutesPerObjective: {
      objectives: [
        { objectiveId: 'o1', title: 'Distributed systems role', minutes: 90 },
        { objectiveId: 'o2', title: 'ML infra', minutes: 45 },
      ],
      unassignedMinutes: 0,
    },
    forecast: [
      forecastDay('2026-11-28', 30),
      forecastDay('2026-11-29', 0, 0),
      forecastDay('2026-11-30', 60, 60, 30),
    ],
    freshness: [
      {
        objectiveId: 'o1',
        title: 'Distributed systems role',
        freshness: 0.68,
        studied: 3,
        total: 6,
      },
      { objectiveId: 'o2', title: 'ML infra', freshness: 0, studied: 0, total: 4 },
    ],
    ...change,
  };
}

describe('StatsOverview', () => {
  it('shows the current and longest streak', () => {
    render(<StatsOverview report={report()} />);
    const streaks = screen.getByRole('region', { name: 'Streaks' });
    expect(within(streaks).getByText('Current streak').nextElementSibling?.textContent).toBe(
      '3 days',
    );
    expect(within(streaks).getByText('Longest streak').nextElementSibling?.textContent).toBe(
      '1 day',
    );
  });

  it('gives the heatmap a caption and every day a text label', () => {
    render(<StatsOverview report={report()} />);
    const grid = screen.getByRole('table', { name: /minutes studied per day/i });
    expect(grid.querySelectorAll('td.heat')).toHaveLength(53 * 7);
    expect(within(grid).getByText(`${longDate(2026, 3, 12)}: 45 min`)).toBeTruthy();
    // Last year's days carry their year: the grid shows two Decembers' worth of dates.
    expect(
      within(grid)
        .getByText(`${longDate(2025, 12, 1, true)}: 1 h 30 min`)
        .closest('td')?.className,
    ).toBe('heat heat-4');
    expect(within(grid).getByText(`${longDate(2026, 11, 28)}: 0 min`)).toBeTruthy();
    // Tomorrow is not a day yet: no label.
    expect(within(grid).queryByText(new RegExp(`^${longDate(2026, 11, 29)}:`))).toBeNull();
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(7);
  });

  it('lists minutes per objective and freshness per objective', () => {
    render(<StatsOverview report={report()} />);
    const minutes = screen.getByRole('region', { name: 'Time per objective' });
    expect(
      within(minutes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Distributed systems role1 h 30 min', 'ML infra45 min']);
    const freshness = screen.getByRole('region', { name: 'Freshness' });
    expect(within(freshness).getByText('Distributed systems role: 68% fresh')).toBeTruthy();
    expect(within(freshness).getByText('ML infra: not studied yet')).toBeTruthy();
  });

  it('shows the forecast against each day’s budget, with days off and overload', () => {
    render(<StatsOverview report={report()} />);
    const forecast = screen.getByRole('region', { name: 'Next 3 days' });
    expect(forecast.querySelector('p')?.textContent).toBe(
      '1 h 30 min planned of 2 h available: 1 h building, 30 min reviewing.',
    );
    const rows = within(forecast).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['30 min', '1 h'],
      ['0 min', 'day off'],
      ['1 h +30 min waiting', '1 h'],
    ]);
  });

  it('says when nothing was studied yet', () => {
    render(
      <StatsOverview
        report={report({
          heatmap: heatmapCells(new Map(), TODAY),
          heatmapMinutes: 0,
          minutesPerObjective: { objectives: [], unassignedMinutes: 0 },
        })}
      />,
    );
    expect(screen.getByText('No study time recorded in the past 53 weeks.')).toBeTruthy();
  });

  it('renders hostile objective titles as text', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const { container } = render(
      <StatsOverview
        report={report({
          minutesPerObjective: {
            objectives: [{ objectiveId: 'o1', title: hostile, minutes: 5 }],
            unassignedMinutes: 7,
          },
          freshness: [{ objectiveId: 'o1', title: hostile, freshness: 0.5, studied: 1, total: 1 }],
        })}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(`${hostile}: 50% fresh`)).toBeTruthy();
    expect(screen.getByText('Removed projects')).toBeTruthy();
  });
});
