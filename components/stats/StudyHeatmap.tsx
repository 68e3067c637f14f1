import type { HeatmapCell, HeatmapWeek } from '../../lib/domain/stats';
import { formatMinutes } from '../format';

interface StudyHeatmapProps {
  weeks: HeatmapWeek[];
  today: string;
  totalMinutes: number;
}

// One formatter each, not one per cell: the grid has 371 cells.
const sameYearDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' });
const otherYearDate = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthName = new Intl.DateTimeFormat(undefined, { month: 'short' });
/** Row headers, Monday first (1 January 2024 was a Monday). */
const WEEKDAYS = Array.from({ length: 7 }, (_, i) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(new Date(2024, 0, 1 + i)),
);

function localDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** "12 March: 45 min"; the year is added for last year's days, which the grid also shows. */
function heatmapCellLabel(cell: HeatmapCell, today: string): string {
  const format = cell.day.slice(0, 4) === today.slice(0, 4) ? sameYearDate : otherYearDate;
  return `${format.format(localDate(cell.day))}: ${formatMinutes(cell.minutes)}`;
}

/** Consecutive week columns grouped by the month their Monday falls in, for the header row. */
function monthSpans(weeks: HeatmapWeek[]): { key: string; label: string; span: number }[] {
  const spans: { key: string; label: string; span: number }[] = [];
  for (const week of weeks) {
    const key = week.start.slice(0, 7);
    const last = spans.at(-1);
    if (last?.key === key) last.span++;
    else spans.push({ key, label: monthName.format(localDate(week.start)), span: 1 });
  }
  return spans;
}

/**
 * A year of study as a table: weekdays in rows, weeks in columns. Each day carries its date and
 * minutes as text (read by screen readers, shown on hover); the colour is only a summary of it.
 */
export function StudyHeatmap({ weeks, today, totalMinutes }: StudyHeatmapProps) {
  return (
    <section class="stats-section" aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">Study time</h2>
      <p class="muted">{formatMinutes(totalMinutes)} in the past 53 weeks.</p>
      {/* Focusable so keyboard users can scroll the grid on narrow screens. */}
      <div class="heatmap-scroll" tabIndex={0} role="group" aria-labelledby="heatmap-caption">
        <table class="heatmap">
          <caption id="heatmap-caption">
            Minutes studied per day, week by week, to {sameYearDate.format(localDate(today))}
          </caption>
          <thead>
            <tr>
              <td />
              {monthSpans(weeks).map((month) =>
                month.span < 2 ? (
                  <td key={month.key} colSpan={month.span} />
                ) : (
                  <th key={month.key} scope="col" colSpan={month.span}>
                    {month.label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((name, weekday) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {weeks.map((week) => {
                  const cell = week.days[weekday];
                  if (!cell) return <td key={week.start} class="heat heat-future" />;
                  const label = heatmapCellLabel(cell, today);
                  return (
                    <td key={week.start} class={`heat heat-${cell.level}`} title={label}>
                      <span class="visually-hidden">{label}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="heatmap-legend muted" aria-hidden="true">
        Less <span class="heat heat-0" />
        <span class="heat heat-1" />
        <span class="heat heat-2" />
        <span class="heat heat-3" />
        <span class="heat heat-4" /> More
      </p>
    </section>
  );
}
