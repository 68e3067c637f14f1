import { useMemo, useState } from 'preact/hooks';
import '../../components/views.css';
import { Notice } from '../../components/Notice';
import { ProjectDetails } from '../../components/ProjectDetails';
import { RoadmapOverview, type RoadmapActions } from '../../components/RoadmapOverview';
import type { WaymarkDatabase } from '../../lib/db/database';
import { roadmapToggles } from '../../lib/db/local-copy';
import { countResourcesByProject } from '../../lib/db/resource-repository';
import { isNoteOrder, orderObjectives } from '../../lib/domain/roadmap/objective-order';
import { freshnessByObjective } from '../../lib/domain/schedule/freshness-by-objective';
import { markDone } from '../../lib/services/actions/mark-done';
import { detachResource, moveResource } from '../../lib/services/manage-resource';
import { moveObjectiveTo, resetObjectiveOrder } from '../../lib/services/reorder-objectives';
import { readRoadmapPlan } from '../../lib/services/read-roadmap-plan';
import {
  setBuilding,
  setChildDone,
  setEstimate,
  setSessionMinutes,
  setStatus,
  setTargetDate,
} from '../../lib/services/update-project';
import { describeFailure } from '../../lib/services/user-error';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useRoadmapForecast } from './use-roadmap-forecast';

const NO_COUNTS = new Map<string, number>();

interface DetailActions {
  setChildDone: (projectId: string, child: string, done: boolean) => void;
  detach: (resourceId: string) => void;
  move: (resourceId: string, projectId: string) => void;
}

export function RoadmapContainer({ db }: { db: WaymarkDatabase }) {
  const [openProjectId, setOpenProjectId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [initialToggled] = useState(() => roadmapToggles.read() ?? undefined);
  // Re-runs on every change to a setting, an estimate or the order, and so does the forecast.
  const state = useLiveQuery(async () => {
    const now = Date.now();
    const plan = await readRoadmapPlan(db, now);
    const { settings } = plan;
    const freshness = new Map(
      freshnessByObjective(plan.projects, plan.objectives, now, settings).map((f) => [
        f.objectiveId,
        f.studied > 0 ? f.freshness : null,
      ]),
    );
    const objectives = orderObjectives(plan.objectives, settings.objectiveOrder);
    return {
      objectives,
      reordered: !isNoteOrder(objectives),
      projects: plan.projects,
      settings,
      freshness,
      input: plan.input,
    };
  }, [db]);
  const { forecast, needed } = useRoadmapForecast(
    state.status === 'ready' ? state.value.input : null,
  );
  // Its own query: the roadmap row carries the whole note, re-read only when a re-import changes it.
  const title = useLiveQuery(
    async () => (await db.roadmaps.toCollection().first())?.title ?? 'Roadmap',
    [db],
  );
  // Its own query: marking a project done does not recount 10,000 resources.
  const resourceCounts = useLiveQuery(() => countResourcesByProject(db), [db]);
  const details = useLiveQuery(
    async () =>
      openProjectId
        ? Promise.all([
            db.resources.where('projectId').equals(openProjectId).sortBy('attachedAt'),
            db.reviews.where('projectId').equals(openProjectId).reverse().sortBy('at'),
          ])
        : null,
    [db, openProjectId],
  );

  // Stable, so rows that did not change are not re-rendered.
  const actions = useMemo((): RoadmapActions & DetailActions => {
    const fail = (error: unknown) => setProblem(describeFailure(error));
    // A change that went through clears the message of one that did not.
    const run = (change: Promise<unknown>) => void change.then(() => setProblem(null), fail);
    return {
      setDone: (id, done) =>
        void markDone({ db, now: () => Date.now() }, id, done).then((outcome) =>
          setProblem(outcome.ok ? null : outcome.message),
        ),
      setStatus: (id, status) => run(setStatus(db, id, status)),
      setSessionMinutes: (id, minutes) => run(setSessionMinutes(db, id, minutes)),
      setReviewMinutes: (id, minutes) => run(setSessionMinutes(db, id, minutes, 'reviewMinutes')),
      setBuilding: (id, building) => run(setBuilding(db, id, building)),
      setEstimate: (id, minutes) => run(setEstimate(db, id, minutes)),
      setTargetDate: (id, day) => run(setTargetDate(db, id, day)),
      setChildDone: (id, child, done) => run(setChildDone(db, id, child, done)),
      moveObjective: (id, toIndex) => run(moveObjectiveTo(db, id, toIndex)),
      resetObjectiveOrder: () => run(resetObjectiveOrder(db)),
      toggleDetails: (id) => setOpenProjectId((open) => (open === id ? null : id)),
      detach: (id) => run(detachResource(db, id)),
      move: (id, target) => run(moveResource(db, id, target)),
    };
  }, [db]);

  // The view's boundary (live-app.tsx) shows why, with a way forward.
  if (state.status === 'error') throw state.error;
  if (state.status === 'loading') return <p class="muted loading">Loading…</p>;
  const value = state.value;
  const openProject = value.projects.find((p) => p.id === openProjectId);
  return (
    <>
      {problem && <Notice tone="error">{problem}</Notice>}
      <RoadmapOverview
        title={title.status === 'ready' ? title.value : 'Roadmap'}
        objectives={value.objectives}
        projects={value.projects}
        resourceCounts={resourceCounts.status === 'ready' ? resourceCounts.value : NO_COUNTS}
        freshness={value.freshness}
        reordered={value.reordered}
        defaultSessionMinutes={value.settings.defaultSessionMinutes}
        defaultReviewMinutes={value.settings.reviewMinutes}
        defaultEffortHours={value.settings.defaultEffortHours}
        forecast={forecast}
        needed={needed}
        today={value.input.today}
        openProjectId={openProjectId}
        actions={actions}
        initialToggled={initialToggled}
        onToggledChange={roadmapToggles.write}
        details={
          openProject && details.status === 'ready' && details.value ? (
            <ProjectDetails
              project={openProject}
              resources={details.value[0]}
              reviews={details.value[1]}
              objectives={value.objectives}
              projects={value.projects}
              defaultEffortHours={value.settings.defaultEffortHours}
              onChildDone={(child, done) => actions.setChildDone(openProject.id, child, done)}
              onDetach={actions.detach}
              onMove={actions.move}
            />
          ) : null
        }
      />
    </>
  );
}
