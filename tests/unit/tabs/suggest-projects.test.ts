import { describe, expect, it } from 'vitest';
import { classifyResource } from '../../../lib/domain/tabs/classify-resource';
import { suggestProjects } from '../../../lib/domain/tabs/suggest-projects';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import { MIN_SCORE } from '../../../lib/domain/tabs/suggestion-weights';
import type { ResourceKind } from '../../../lib/domain/types';
import { buildExampleRows, makeProject, makeResource } from './example-roadmap-rows';

const rows = buildExampleRows();
const index = buildSuggestionIndex({ ...rows, resources: [] });

describe('suggestProjects on the example roadmap', () => {
  it.each<[string, string, string, ResourceKind]>([
    [
      'p-build-git',
      'https://github.com/jmt-dev/build-your-own-git',
      'GitHub - jmt-dev/build-your-own-git: A tiny Git clone written in Rust',
      'repo',
    ],
    [
      'p-build-git',
      'https://app.codecrafters.io/courses/git/overview',
      'Build your own Git | CodeCrafters',
      'course',
    ],
    [
      'p-build-git',
      'https://git-scm.com/book/en/v2/Git-Internals-Git-Objects',
      'Git - Git Objects',
      'docs',
    ],
    ['p-lox-interpreter', 'https://craftinginterpreters.com/', 'Crafting Interpreters', 'other'],
    [
      'p-lox-interpreter',
      'https://craftinginterpreters.com/a-tree-walk-interpreter.html',
      'A Tree-Walk Interpreter · Crafting Interpreters',
      'docs',
    ],
    [
      'p-kubernetes',
      'https://kubernetes.io/docs/concepts/overview/',
      'Overview | Kubernetes',
      'docs',
    ],
    [
      'p-kubernetes',
      'https://www.youtube.com/watch?v=PziYflu8cB8',
      'Kubernetes Explained in 6 Minutes | k8s Architecture - YouTube',
      'video',
    ],
    [
      'p-tinygrad-contributions',
      'https://github.com/tinygrad/tinygrad',
      'GitHub - tinygrad/tinygrad: You like pytorch? You like micrograd? You love tinygrad! ❤️',
      'repo',
    ],
    ['p-firecracker-vm', 'https://firecracker-microvm.github.io/', 'Firecracker', 'other'],
    [
      'p-firecracker-vm',
      'https://github.com/firecracker-microvm/firecracker/blob/main/docs/getting-started.md',
      'firecracker/docs/getting-started.md at main · firecracker-microvm/firecracker · GitHub',
      'repo',
    ],
    [
      'p-gvisor-forevervm',
      'https://github.com/tripathi456/gvisor-based-python-repl',
      'GitHub - tripathi456/gvisor-based-python-repl',
      'repo',
    ],
    ['p-gvisor-forevervm', 'https://gvisor.dev/docs/', 'What is gVisor? - gVisor', 'docs'],
    [
      'p-containerd',
      'https://containerd.io/docs/getting-started/',
      'Getting started with containerd | containerd',
      'docs',
    ],
    ['p-docker', 'https://docs.docker.com/get-started/', 'Get started | Docker Docs', 'docs'],
    [
      'p-distributed-file-systems-3fs-deepseek',
      'https://github.com/deepseek-ai/3FS',
      'GitHub - deepseek-ai/3FS: A high-performance distributed file system designed to address the challenges of AI training and inference workloads.',
      'repo',
    ],
    [
      'p-distributed-file-systems-3fs-deepseek',
      'https://arxiv.org/abs/2505.08712',
      '[2505.08712] A Survey of Distributed File Systems for AI Training Clusters',
      'paper',
    ],
    [
      'p-distributed-file-systems-s3-story',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html',
      'What is Amazon S3? - Amazon Simple Storage Service',
      'docs',
    ],
    [
      'p-fly-dist-sys-challenges',
      'https://fly.io/dist-sys/',
      'Fly.io Distributed Systems Challenge',
      'course',
    ],
    [
      'p-linux-internals',
      'https://man7.org/linux/man-pages/man2/clone.2.html',
      'clone(2) - Linux manual page',
      'docs',
    ],
    ['p-restate-delivery-guarantees', 'https://restate.dev/blog/', 'Blog - Restate', 'article'],
    [
      'p-durable-execution-of-ai-agents-distributed-systems',
      'https://temporal.io/blog/what-is-durable-execution',
      'What is Durable Execution? | Temporal',
      'article',
    ],
    [
      'p-pubsub-system-in-rust',
      'https://cloud.google.com/pubsub/docs/overview',
      'What is Pub/Sub? | Pub/Sub Documentation | Google Cloud',
      'docs',
    ],
  ])('suggests %s first for %s', (projectId, url, title, kind) => {
    const suggestions = suggestProjects(index, { url, title });
    expect(suggestions[0]?.projectId).toBe(projectId);
    expect(suggestions[0]?.score).toBeGreaterThanOrEqual(0.45);
    expect(suggestions[0]?.score).toBeLessThanOrEqual(1);
    expect(classifyResource(url, title)).toBe(kind);
  });

  it.each([
    [
      'https://www.bbc.co.uk/news/articles/c0k8ey0w2zyo',
      'Bank of England cuts interest rates to 4% - BBC News',
    ],
    [
      'https://www.bbc.com/news/articles/c4g0d5x8e1vo',
      'The story of the deep sea divers who build underwater cities - BBC News',
    ],
    [
      'https://www.allrecipes.com/recipe/10813/best-chocolate-chip-cookies/',
      'Best Chocolate Chip Cookies Recipe (with Video)',
    ],
    [
      'https://www.amazon.com/Apple-Cancellation-Transparency-Personalized-High-Fidelity/dp/B0D1XD1ZV3',
      'Amazon.com: Apple AirPods Pro 2 Wireless Earbuds, Active Noise Cancellation',
    ],
    ['https://www.google.com/', 'Google'],
    [
      'https://weather.com/weather/today/l/London+England',
      'London, England Weather Forecast and Conditions - The Weather Channel',
    ],
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'Rick Astley - Never Gonna Give You Up (Official Music Video) - YouTube',
    ],
    [
      'https://github.com/facebook/react',
      'GitHub - facebook/react: The library for web and native user interfaces.',
    ],
    ['https://news.ycombinator.com/', 'Hacker News'],
    [
      'https://arxiv.org/abs/2408.14158',
      '[2408.14158] Fire-Flyer AI-HPC: A Cost-Effective Software-Hardware Co-Design for Deep Learning',
    ],
    ['https://www.github.com/', 'GitHub: Let’s build from here'],
    ['https://www.example.com/the-a-system-docs', 'The system docs - www.example.com http'],
  ])('abstains on %s', (url, title) => {
    expect(suggestProjects(index, { url, title })).toEqual([]);
  });

  it('explains a roadmap link match in plain words', () => {
    expect(
      suggestProjects(index, {
        url: 'https://github.com/tripathi456/gvisor-based-python-repl/?utm_source=x#readme',
        title: 'repo',
      }),
    ).toEqual([
      {
        projectId: 'p-gvisor-forevervm',
        score: 0.998,
        reasons: [
          'same page as a link in the roadmap',
          'title matches “gvisor”',
          'roadmap link mentions “tripathi456”',
        ],
      },
    ]);
  });

  it('names the matching words', () => {
    expect(
      suggestProjects(index, {
        url: 'https://kubernetes.io/docs/home/',
        title: 'Kubernetes Documentation',
      }),
    ).toEqual([
      { projectId: 'p-kubernetes', score: 0.675, reasons: ['title matches “kubernetes”'] },
    ]);
  });

  it('ranks ties in roadmap order and drops weak runners-up', () => {
    const suggestions = suggestProjects(index, {
      url: 'https://www.usenix.org/conference/osdi-06/ceph-scalable-high-performance-distributed-file-system',
      title: 'Ceph: A Scalable, High-Performance Distributed File System | USENIX',
    });
    expect(suggestions.map((s) => s.projectId)).toEqual([
      'p-distributed-file-systems-3fs-deepseek',
      'p-distributed-file-systems-s3-story',
      'p-durable-execution-of-ai-agents-distributed-systems',
    ]);
    expect(suggestions[0]?.score).toBe(suggestions[1]?.score);
    expect(
      suggestProjects(index, { url: 'https://example.org/', title: 'Distributed file systems' }, 1),
    ).toHaveLength(1);
  });

  it('never returns a score under the threshold', () => {
    for (const title of ['AI news today', 'Deep dive', 'ML infra roles', 'Story of a build']) {
      for (const suggestion of suggestProjects(index, { url: 'https://example.org/', title })) {
        expect(suggestion.score).toBeGreaterThanOrEqual(MIN_SCORE);
      }
    }
    expect(suggestProjects(index, { url: 'https://example.org/', title: 'AI news today' })).toEqual(
      [],
    );
  });
});

describe('suggestProjects with roadmap links and attached pages', () => {
  const objectives = [
    { id: 'o1', roadmapId: 'r1', title: 'Systems', order: 0, archived: 0 as const },
  ];
  const projects = [
    makeProject({ id: 'a', objectiveId: 'o1', title: 'Storage engine', order: 0 }),
    makeProject({
      id: 'b',
      objectiveId: 'o1',
      title: 'Consensus',
      order: 1,
      links: [{ label: 'course', url: 'https://pdos.csail.mit.edu/6.824/schedule.html' }],
      children: ['Implement Raft leader election', 'Log replication'],
    }),
    makeProject({ id: 'c', objectiveId: 'o1', title: 'Message queue', order: 2 }),
    makeProject({ id: 'gone', objectiveId: 'o1', title: 'Kafka clone', order: 3, archived: 1 }),
    makeProject({
      id: 'retired',
      objectiveId: 'o1',
      title: 'Kafka internals',
      order: 4,
      status: 'retired',
    }),
  ];
  const resources = [
    makeResource({
      id: 'r1',
      projectId: 'a',
      url: 'https://github.com/facebook/rocksdb',
      title: 'RocksDB',
    }),
    makeResource({
      id: 'r2',
      projectId: 'a',
      url: 'https://smalldatum.blogspot.com/2023/01/x.html',
      title: 'Small Datum: compaction',
    }),
    makeResource({ id: 'r3', projectId: 'c', url: 'https://nats.io/about/', title: 'About NATS' }),
  ];
  const linked = buildSuggestionIndex({ objectives, projects, resources });

  it.each([
    [
      'b',
      'https://pdos.csail.mit.edu/6.824/labs/lab-raft.html',
      '6.824 Lab guidance',
      'same site (pdos.csail.mit.edu) as a link in the roadmap',
    ],
    ['b', 'https://raft.github.io/', 'Raft Consensus Algorithm', 'title matches “consensus”'],
    [
      'a',
      'https://github.com/facebook/rocksdb/wiki/Compaction',
      'Compaction · facebook/rocksdb Wiki',
      'same repository as pages you attached here',
    ],
    ['a', 'https://github.com/facebook/rocksdb', 'x', 'you attached this page here before'],
    [
      'a',
      'https://smalldatum.blogspot.com/2024/02/y.html',
      'Small Datum: tiered',
      'you attached pages from smalldatum.blogspot.com here',
    ],
    [
      'c',
      'https://docs.nats.io/nats-concepts/jetstream',
      'JetStream | NATS Docs',
      'pages you attached mention “nats”',
    ],
  ])('suggests %s for %s', (projectId, url, title, reason) => {
    const [first] = suggestProjects(linked, { url, title });
    expect(first?.projectId).toBe(projectId);
    expect(first?.reasons).toContain(reason);
  });

  it('never suggests archived or retired projects', () => {
    expect(
      suggestProjects(linked, { url: 'https://kafka.apache.org/', title: 'Apache Kafka' }),
    ).toEqual([]);
  });

  it('does not mutate its inputs and is deterministic', () => {
    const snapshot = JSON.stringify({ objectives, projects, resources });
    const again = buildSuggestionIndex({ objectives, projects, resources });
    const tab = { url: 'https://raft.github.io/', title: 'Raft Consensus Algorithm' };
    expect(suggestProjects(again, tab)).toEqual(suggestProjects(linked, tab));
    expect(JSON.stringify({ objectives, projects, resources })).toBe(snapshot);
  });

  it('returns nothing for an empty roadmap or a zero limit', () => {
    const empty = buildSuggestionIndex({ objectives: [], projects: [], resources: [] });
    expect(suggestProjects(empty, { url: 'https://kubernetes.io/', title: 'Kubernetes' })).toEqual(
      [],
    );
    expect(
      suggestProjects(index, { url: 'https://kubernetes.io/', title: 'Kubernetes' }, 0),
    ).toEqual([]);
  });
});
