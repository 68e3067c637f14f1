import type { StatsReport } from '../../lib/domain/stats';
import { FreshnessList } from './FreshnessList';
import { MinutesForecast } from './MinutesForecast';
import { ObjectiveMinutesList } from './ObjectiveMinutesList';
import { StreakSummary } from './StreakSummary';
import { StudyHeatmap } from './StudyHeatmap';

/** The Stats view: what was studied, how steadily, and what the plan holds next. */
export function StatsOverview({ report }: { report: StatsReport }) {
  return (
    <section class="stats" aria-labelledby="stats-title">
      <h1 id="stats-title">Stats</h1>
      <StreakSummary streaks={report.streaks} />
      <StudyHeatmap
        weeks={report.heatmap}
        today={report.today}
        totalMinutes={report.heatmapMinutes}
      />
      <ObjectiveMinutesList totals={report.minutesPerObjective} />
      <FreshnessList rows={report.freshness} />
      <MinutesForecast days={report.forecast} />
    </section>
  );
}
