import type { TitledFreshness } from '../../lib/domain/stats';
import { formatPercent } from '../format';

/** "Distributed systems role: 68% fresh": mean predicted recall of the studied projects. */
function freshnessLabel(row: TitledFreshness): string {
  return row.studied === 0
    ? `${row.title}: not studied yet`
    : `${row.title}: ${formatPercent(row.freshness)} fresh`;
}

export function FreshnessList({ rows }: { rows: TitledFreshness[] }) {
  return (
    <section class="stats-section" aria-labelledby="freshness-title">
      <h2 id="freshness-title">Freshness</h2>
      {rows.length === 0 ? (
        <p class="muted">No objectives yet.</p>
      ) : (
        <ul class="bar-list">
          {rows.map((row) => (
            <li key={row.objectiveId}>
              <span class="bar-label">{freshnessLabel(row)}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: formatPercent(row.freshness) }} />
              </span>
              <span class="bar-value muted">
                {row.studied} of {row.total} studied
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="muted">Predicted recall today, averaged over the projects studied so far.</p>
    </section>
  );
}
