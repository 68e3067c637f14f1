import { useMemo, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice';
import { ProjectDetails } from '../../components/ProjectDetails';
import { RoadmapOverview, type RoadmapActions } from '../../components/RoadmapOverview';
import type { WaymarkDatabase } from '../../lib/db/database';
import { roadmapToggles } from '../../lib/db/local-copy';
import { countResourcesByProject } from '../../lib/db/resource-repository';
import { readActiveRoadmap } from '../../lib/db/roadmap-repository';
import { readSettings } from '../../lib/db/settings-repository';
import { describeStorageError } from '../../lib/db/storage-error';
import { isNoteOrder, orderObjectives } from '../../lib/domain/roadmap/objective-order';
import { freshnessByObjective } from '../../lib/domain/schedule/freshness-by-objective';
import { detachResource, moveResource } from '../../lib/services/manage-resource';
import { moveObjectiveTo, resetObjectiveOrder } from '../../lib/services/reorder-objectives';
import { setDone, setSessionMinutes, setStatus } from '../../lib/services/update-project';
import { useLiveQuery } from '../../lib/ui/use-live-query';

const NO_COUNTS = new Map<string, number>();

interface ResourceActions {
  detach: (resourceId: string) => void;
  move: (resourceId: string, projectId: string) => void;
}

export function RoadmapContainer({ db }: { db: WaymarkDatabase }) {
  const [openProjectId, setOpenProjectId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [initialToggled] = useState(() => roadmapToggles.read() ?? undefined);
  const state = useLiveQuery(async () => {
    const [view, settings] = await Promise.all([readActiveRoadmap(db), readSettings(db)]);
    const freshness = new Map(
      freshnessByObjective(view.projects, view.objectives, Date.now(), settings).map((f) => [
        f.objectiveId,
        f.studied > 0 ? f.freshness : null,
      ]),
    );
    const objectives = orderObjectives(view.objectives, settings.objectiveOrder);
    return {
      objectives,
      reordered: !isNoteOrder(objectives),
      projects: view.projects,
      settings,
      freshness,
    };
  }, [db]);
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
  const actions = useMemo((): RoadmapActions & ResourceActions => {
    const fail = (error: unknown) =>
      setProblem(
        error instanceof Error && /^That (project|objective)/.test(error.message)
          ? error.message
          : describeStorageError(error),
      );
    return {
      setDone: (id, done) => void setDone(db, id, done).catch(fail),
      setStatus: (id, status) => void setStatus(db, id, status).catch(fail),
      setSessionMinutes: (id, minutes) => void setSessionMinutes(db, id, minutes).catch(fail),
      moveObjective: (id, toIndex) => void moveObjectiveTo(db, id, toIndex).catch(fail),
      resetObjectiveOrder: () => void resetObjectiveOrder(db).catch(fail),
      toggleDetails: (id) => setOpenProjectId((open) => (open === id ? null : id)),
      detach: (id) => void detachResource(db, id).catch(fail),
      move: (id, target) => void moveResource(db, id, target).catch(fail),
    };
  }, [db]);

  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;
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
              onDetach={actions.detach}
              onMove={actions.move}
            />
          ) : null
        }
      />
    </>
  );
}
