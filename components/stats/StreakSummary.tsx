import type { StudyStreaks } from '../../lib/domain/stats';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export function StreakSummary({ streaks }: { streaks: StudyStreaks }) {
  return (
    <section class="stats-section" aria-labelledby="streaks-title">
      <h2 id="streaks-title">Streaks</h2>
      <dl class="stat-tiles">
        <div>
          <dt>Current streak</dt>
          <dd>{days(streaks.current)}</dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>{days(streaks.longest)}</dd>
        </div>
      </dl>
      <p class="muted">
        Days with at least one review. Rest days and breaks do not break a streak, and today counts
        once you study.
      </p>
    </section>
  );
}
