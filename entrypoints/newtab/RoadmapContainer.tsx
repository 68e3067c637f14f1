import { useMemo, useState } from 'preact/hooks';
import '../../components/views.css';
import { Notice } from '../../components/Notice';
import { ProjectDetails } from '../../components/ProjectDetails';
import { RoadmapOverview, type RoadmapActions } from '../../components/RoadmapOverview';
import type { WaymarkDatabase } from '../../lib/db/database';
import { roadmapToggles } from '../../lib/db/local-copy';
import { countResourcesByProject } from '../../lib/db/resource-repository';
import { projectFromHash } from '../../lib/domain/project-hash';
import { isNoteOrder, orderObjectives } from '../../lib/domain/roadmap/objective-order';
import { freshnessByObjective } from '../../lib/domain/schedule/freshness-by-objective';
import type { Outcome } from '../../lib/services/actions/action-outcome';
import { detachPage } from '../../lib/services/actions/detach-page';
import { markDone } from '../../lib/services/actions/mark-done';
import { movePage } from '../../lib/services/actions/move-page';
import { reorderObjective } from '../../lib/services/actions/reorder-objective';
import { restoreNoteOrder } from '../../lib/services/actions/restore-note-order';
import { setObjectiveTargetDate } from '../../lib/services/actions/set-objective-target-date';
import { setPageNote } from '../../lib/services/actions/set-page-note';
import { setPageRead } from '../../lib/services/actions/set-page-read';
import { setProjectBuilding } from '../../lib/services/actions/set-project-building';
import { setProjectEstimate } from '../../lib/services/actions/set-project-estimate';
import { setProjectStatus } from '../../lib/services/actions/set-project-status';
import { setSessionLength } from '../../lib/services/actions/set-session-length';
import { tickBreakdownItem } from '../../lib/services/actions/tick-breakdown-item';
import { readRoadmapPlan } from '../../lib/services/read-roadmap-plan';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useRoadmapForecast } from './use-roadmap-forecast';

const NO_COUNTS = new Map<string, number>();

interface DetailActions {
  setChildDone: (projectId: string, child: string, done: boolean) => void;
  detach: (resourceId: string) => void;
  move: (resourceId: string, projectId: string) => void;
  setRead: (resourceId: string, read: boolean) => void;
  setNote: (resourceId: string, note: string) => void;
}

export function RoadmapContainer({ db }: { db: WaymarkDatabase }) {
  // Opened at `#roadmap/<id>` (the popup's "Open the project"): that project's details show.
  const [focusProjectId] = useState(() => projectFromHash(location.hash));
  const [openProjectId, setOpenProjectId] = useState<string | null>(focusProjectId);
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
    const deps = { db, now: () => Date.now() };
    // The edit shows on the roadmap itself; a refusal is told, and one that went through clears it.
    const run = (action: Promise<Outcome>) =>
      void action.then((outcome) => setProblem(outcome.ok ? null : outcome.message));
    return {
      setDone: (id, done) => run(markDone(deps, id, done)),
      setStatus: (id, status) => run(setProjectStatus(deps, id, status)),
      setSessionMinutes: (id, minutes) => run(setSessionLength(deps, id, 'build', minutes)),
      setReviewMinutes: (id, minutes) => run(setSessionLength(deps, id, 'review', minutes)),
      setBuilding: (id, building) => run(setProjectBuilding(deps, id, building)),
      setEstimate: (id, minutes) => run(setProjectEstimate(deps, id, minutes)),
      setTargetDate: (id, day) => run(setObjectiveTargetDate(deps, id, day)),
      setChildDone: (id, child, done) => run(tickBreakdownItem(deps, id, child, done)),
      moveObjective: (id, toIndex) => run(reorderObjective(deps, id, toIndex)),
      resetObjectiveOrder: () => run(restoreNoteOrder(deps)),
      toggleDetails: (id) => setOpenProjectId((open) => (open === id ? null : id)),
      detach: (id) => run(detachPage(deps, id)),
      move: (id, target) => run(movePage(deps, id, target)),
      setRead: (id, read) => run(setPageRead(deps, id, read)),
      setNote: (id, note) => run(setPageNote(deps, id, note)),
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
        focusProjectId={focusProjectId}
        actions={actions}
        initialToggled={initialToggled}
        onToggledChange={roadmapToggles.write}
        obsidian={{ vault: value.settings.obsidianVault, file: value.settings.obsidianFile }}
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
              onRead={actions.setRead}
              onNote={actions.setNote}
            />
          ) : null
        }
      />
    </>
  );
}
