import type { Project } from '../../lib/domain/types';
import { formatHours } from '../format';

interface ProjectProgressProps {
  title: string;
  phase: Project['phase'];
  built: number;
  estimate: number;
  /** Forecast first build day; undefined when the project is not in the forecast. */
  start: string | null | undefined;
  /** Forecast day it is built; null: not within the forecast's ten years. */
  doneBy: string | null | undefined;
  today: string;
}

let formats: Record<'thisYear' | 'otherYear', Intl.DateTimeFormat> | undefined;

/**
 * "22 Dec", with the year only when it is not this one. The formatters are made once, on first
 * use: formatDay makes one per call, about 0.15 ms, which 1,000 rows would feel.
 */
function shortDay(day: string, today: string): string {
  formats ??= {
    thisYear: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }),
    otherYear: new Intl.DateTimeFormat(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }),
  };
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const format = day.slice(0, 4) === today.slice(0, 4) ? formats.thisYear : formats.otherYear;
  return format.format(new Date(y, m - 1, d));
}

function forecastText({ phase, start, doneBy, today }: ProjectProgressProps): string | null {
  if (phase === 'reviewing' || start === undefined || doneBy === undefined) return null;
  if (doneBy === null) return 'not within ten years at this pace';
  const done = `done by ${shortDay(doneBy, today)}`;
  return phase === 'queued' && start !== null ? `starts ${shortDay(start, today)} · ${done}` : done;
}

/** Build progress against the estimate and, for a project still to build, its forecast days. */
export function ProjectProgress(props: ProjectProgressProps) {
  const { phase, built, estimate } = props;
  const reviewing = phase === 'reviewing';
  const forecast = forecastText(props);
  return (
    <div class="project-progress">
      {/* A project marked done early is complete all the same. */}
      <progress
        max={estimate}
        value={reviewing ? estimate : Math.min(built, estimate)}
        aria-label={`Progress of ${props.title}`}
      />
      <span>
        {reviewing
          ? built > 0
            ? `done, ${formatHours(built)} built`
            : 'done, nothing logged'
          : `${formatHours(built)} of ${formatHours(estimate)}`}
      </span>
      {forecast && <span class="muted">{forecast}</span>}
    </div>
  );
}
