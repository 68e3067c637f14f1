import { useState } from 'preact/hooks';
import { Notice } from '../../components/Notice';
import { UpcomingPlan, type UpcomingDay } from '../../components/UpcomingPlan';
import type { WaymarkDatabase } from '../../lib/db/database';
import { dayToIndex, indexToDay } from '../../lib/domain/schedule/day-index';
import { planAgenda } from '../../lib/domain/schedule/plan-agenda';
import { computePlan } from '../../lib/services/compute-plan';
import type { Outcome } from '../../lib/services/actions/action-outcome';
import { postponeTo } from '../../lib/services/actions/postpone-to';
import { skipForToday } from '../../lib/services/actions/skip-for-today';
import { useLiveQuery } from '../../lib/ui/use-live-query';

const DAYS = 14;

export function UpcomingContainer({ db }: { db: WaymarkDatabase }) {
  const [problem, setProblem] = useState<string | null>(null);
  const state = useLiveQuery(async () => {
    // No days of its own: the agenda below plays them, this gives the input and what cannot fit.
    const { day, plan, input, projects, objectives } = await computePlan(db, Date.now(), 0);
    const projectById = new Map(projects.map((p) => [p.id, p]));
    const objectiveTitle = new Map(objectives.map((o) => [o.id, o.title]));
    const days: UpcomingDay[] = planAgenda(input, DAYS).map((d) => ({
      ...d,
      sessions: d.sessions.map((s) => {
        const project = projectById.get(s.projectId);
        return {
          projectId: s.projectId,
          project: project?.title ?? '',
          objective: (project && objectiveTitle.get(project.objectiveId)) ?? '',
          minutes: s.minutes,
          kind: s.kind,
          expected: s.expected,
        };
      }),
    }));
    const unplaceable = plan.unplaceable.map((u) => ({
      ...u,
      project: projectById.get(u.projectId)?.title ?? '',
    }));
    return { day, days, unplaceable };
  }, [db]);

  // The view's boundary (live-app.tsx) shows why, with a way forward.
  if (state.status === 'error') throw state.error;
  if (state.status === 'loading') return <p class="muted loading">Planning…</p>;
  const { day, days, unplaceable } = state.value;
  // A change that went through clears the message of one that did not.
  const show = (outcome: Outcome) => setProblem(outcome.ok ? null : outcome.message);
  return (
    <>
      {problem && <Notice tone="error">{problem}</Notice>}
      <UpcomingPlan
        days={days}
        unplaceable={unplaceable}
        onSkip={(projectId) => void skipForToday({ db }, projectId, day).then(show)}
        onPostpone={(projectId, by) => {
          // From its first day: the later ones are returns that session brings.
          const planned =
            days.find((d) => d.sessions.some((s) => s.projectId === projectId))?.date ?? day;
          const until = indexToDay(dayToIndex(planned) + by);
          void postponeTo({ db }, projectId, until).then(show);
        }}
      />
    </>
  );
}
