import type { ForecastDay } from '../../lib/domain/schedule';
import { formatDay, formatMinutes } from '../format';

/** The longest budget's bar, in rem; the others scale to it. */
const BAR_REM = 10;
const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

/**
 * Planned minutes per day against each day's budget, as a table: the figures are the content,
 * the bar in each row only pictures them. Due work that does not fit shows as "waiting".
 */
export function MinutesForecast({ days }: { days: ForecastDay[] }) {
  const planned = days.reduce((sum, d) => sum + d.minutes, 0);
  const building = days.reduce((sum, d) => sum + d.buildMinutes, 0);
  const available = days.reduce((sum, d) => sum + d.budget, 0);
  const largestBudget = Math.max(1, ...days.map((d) => d.budget));
  return (
    <section class="stats-section" aria-labelledby="forecast-title">
      <h2 id="forecast-title">Next {days.length} days</h2>
      <p class="muted">
        {formatMinutes(planned)} planned of {formatMinutes(available)} available:{' '}
        {formatMinutes(building)} building, {formatMinutes(planned - building)} reviewing.
      </p>
      <table class="forecast">
        <caption class="visually-hidden">
          Planned study minutes per day for the next {days.length} days, against each day's budget
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Planned</th>
            <th scope="col">Budget</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date} class={day.budget === 0 ? 'forecast-off' : undefined}>
              <th scope="row">{formatDay(day.date, SHORT_DAY)}</th>
              <td>
                <span
                  class="forecast-track"
                  aria-hidden="true"
                  style={{ width: `${(day.budget / largestBudget) * BAR_REM}rem` }}
                >
                  <span
                    class="forecast-fill"
                    style={{ width: day.budget ? `${(day.minutes / day.budget) * 100}%` : '0' }}
                  />
                </span>
                {formatMinutes(day.minutes)}
                {day.backlogMinutes > 0 && (
                  <span class="forecast-backlog">
                    {' '}
                    +{formatMinutes(day.backlogMinutes)} waiting
                  </span>
                )}
              </td>
              <td>{day.budget === 0 ? 'day off' : formatMinutes(day.budget)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
