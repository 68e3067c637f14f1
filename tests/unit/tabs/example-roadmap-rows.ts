import type { Objective, Project, Resource } from '../../../lib/domain/types';
import { buildProject } from '../../support/build-entities';

/**
 * Objective and project rows for public/example-roadmap.md (the example bundled with the extension), built by hand so the
 * tab tests do not depend on the roadmap parser.
 */
const EXAMPLE: Array<[objective: string, projects: Array<string | [string, string, string]>]> = [
  [
    'To get into a distributed systems role',
    [
      'PubSub system in Rust',
      'Fly Dist Sys Challenges',
      'Build Git',
      'Lox Interpreter',
      'Distributed File Systems: 3FS DeepSeek',
      'Distributed File Systems: S3 Story',
    ],
  ],
  [
    'ML Infra / AI Infra',
    [
      'Kubernetes',
      'Docker',
      'Containerd',
      [
        'gVisor - foreverVM',
        'foreverVM',
        'https://github.com/tripathi456/gvisor-based-python-repl',
      ],
      'Firecracker VM',
      'Linux Internals',
      'AWS Deep Dive',
    ],
  ],
  [
    'AI Engineer - Build reliable apps on AI stack',
    ['ReState: Delivery guarantees', 'Durable execution of AI Agents (Distributed Systems)'],
  ],
  ['ML Distributed Training', ['TinyGrad Contributions']],
];

export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function buildExampleRows(): { objectives: Objective[]; projects: Project[] } {
  const objectives: Objective[] = [];
  const projects: Project[] = [];
  EXAMPLE.forEach(([objectiveTitle, items], objectiveOrder) => {
    const objectiveId = `o-${slug(objectiveTitle)}`;
    objectives.push({
      id: objectiveId,
      roadmapId: 'r1',
      title: objectiveTitle,
      order: objectiveOrder,
      archived: 0,
    });
    items.forEach((item, order) => {
      const [title, label, url] = typeof item === 'string' ? [item] : item;
      projects.push(
        makeProject({
          id: `p-${slug(title)}`,
          objectiveId,
          title,
          order,
          links: label && url ? [{ label, url }] : [],
        }),
      );
    });
  });
  return { objectives, projects };
}

export function makeProject(
  fields: Partial<Project> & Pick<Project, 'id' | 'objectiveId' | 'title'>,
): Project {
  return buildProject({ roadmapId: 'r1', key: slug(fields.title), ...fields });
}

export function makeResource(
  fields: Partial<Resource> & Pick<Resource, 'id' | 'projectId' | 'url' | 'title'>,
): Resource {
  return { kind: 'other', attachedAt: 0, via: 'popup', ...fields };
}
