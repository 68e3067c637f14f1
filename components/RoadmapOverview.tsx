import { groupBy } from '../lib/domain/group-by';
import type { Objective, Project } from '../lib/domain/types';

interface RoadmapOverviewProps {
  title: string;
  objectives: Objective[];
  projects: Project[];
  resourceCounts: ReadonlyMap<string, number>;
}

/** Objectives with their projects in note order. Every piece of user text is rendered as text. */
export function RoadmapOverview({
  title,
  objectives,
  projects,
  resourceCounts,
}: RoadmapOverviewProps) {
  const byObjective = groupBy(projects, (p) => p.objectiveId);
  return (
    <section class="roadmap" aria-labelledby="roadmap-title">
      <h1 id="roadmap-title">{title}</h1>
      {objectives.map((objective) => {
        const own = byObjective.get(objective.id) ?? [];
        const done = own.filter((p) => p.done).length;
        return (
          <section class="objective" key={objective.id} aria-label={objective.title}>
            <h2>
              {objective.title}{' '}
              <span class="muted">
                {done}/{own.length} done
              </span>
            </h2>
            <ul class="projects">
              {own.map((project) => (
                <ProjectRow
                  key={project.id}
                  project={project}
                  resources={resourceCounts.get(project.id) ?? 0}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function ProjectRow({ project, resources }: { project: Project; resources: number }) {
  const main = project.links[0];
  return (
    <li class={project.done ? 'project done' : 'project'} data-project-id={project.id}>
      <span class="check" aria-label={project.done ? 'done' : 'not done'}>
        {project.done ? '✓' : '○'}
      </span>
      {main ? (
        <a href={main.url} target="_blank" rel="noopener noreferrer">
          {project.title}
        </a>
      ) : (
        <span>{project.title}</span>
      )}
      {resources > 0 && (
        <span class="muted resource-count">
          {resources} {resources === 1 ? 'resource' : 'resources'}
        </span>
      )}
    </li>
  );
}
