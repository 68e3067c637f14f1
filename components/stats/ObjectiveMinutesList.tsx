import type { MinutesPerObjective } from '../../lib/domain/stats';
import { formatMinutes } from '../format';

interface Bar {
  key: string;
  label: string;
  minutes: number;
}

/** Minutes per objective as bars; the number is always written out, the bar only illustrates it. */
export function ObjectiveMinutesList({ totals }: { totals: MinutesPerObjective }) {
  const bars: Bar[] = totals.objectives.map((o) => ({
    key: o.objectiveId,
    label: o.title,
    minutes: o.minutes,
  }));
  if (totals.unassignedMinutes > 0) {
    bars.push({ key: '', label: 'Removed projects', minutes: totals.unassignedMinutes });
  }
  const largest = Math.max(0, ...bars.map((b) => b.minutes));
  return (
    <section class="stats-section" aria-labelledby="objective-minutes-title">
      <h2 id="objective-minutes-title">Time per objective</h2>
      {largest === 0 ? (
        <p class="muted">No study time recorded in the past 53 weeks.</p>
      ) : (
        <ul class="bar-list">
          {bars.map((bar) => (
            <li key={bar.key}>
              <span class="bar-label">{bar.label}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${(bar.minutes / largest) * 100}%` }} />
              </span>
              <span class="bar-value">{formatMinutes(bar.minutes)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
