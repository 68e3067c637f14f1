import { readFileSync } from 'node:fs';
import { decodeRoadmapFile } from '../../../lib/domain/roadmap/decode-roadmap-file';
import { mergeRoadmap } from '../../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import { classifyResource } from '../../../lib/domain/tabs/classify-resource';
import { suggestProjects } from '../../../lib/domain/tabs/suggest-projects';
import { buildSuggestionIndex } from '../../../lib/domain/tabs/suggestion-index';
import type { Resource } from '../../../lib/domain/types';

/**
 * Tabs a learner of the example roadmap keeps open, with pages already attached to some of its
 * projects: what the suggester answers for them is pinned in tests/fixtures/suggestions/.
 */

export const PIN_FIXTURE = 'tests/fixtures/suggestions/example-roadmap-pin.json';

/** Pages attached before: `[project title, url, page title]`. */
const ATTACHED: Array<[string, string, string]> = [
  ['Build Git', 'https://wyag.thb.lt/', 'Write yourself a Git!'],
  ['Build Git', 'https://github.com/git/git', 'GitHub - git/git: Git Source Code Mirror'],
  [
    'Lox Interpreter',
    'https://craftinginterpreters.com/contents.html',
    'Table of Contents · Crafting Interpreters',
  ],
  [
    'Lox Interpreter',
    'https://github.com/munificent/craftinginterpreters',
    'munificent/craftinginterpreters: Repository for the book',
  ],
  [
    'Fly Dist Sys Challenges',
    'https://fly.io/dist-sys/',
    'Gossip Glomers · Fly.io distributed systems challenges',
  ],
  [
    'Fly Dist Sys Challenges',
    'https://github.com/jepsen-io/maelstrom',
    'jepsen-io/maelstrom: A workbench for writing toy implementations of distributed systems',
  ],
  [
    'PubSub system in Rust',
    'https://tokio.rs/tokio/tutorial',
    'Tutorial | Tokio - An asynchronous Rust runtime',
  ],
  [
    'PubSub system in Rust',
    'https://docs.nats.io/nats-concepts/core-nats/pubsub',
    'Publish-Subscribe | NATS Docs',
  ],
  [
    'Distributed File Systems: 3FS DeepSeek',
    'https://github.com/deepseek-ai/3FS',
    'deepseek-ai/3FS: A high-performance distributed file system',
  ],
  [
    'Distributed File Systems: S3 Story',
    'https://www.allthingsdistributed.com/2023/07/building-and-operating-a-pretty-big-storage-system.html',
    'Building and operating a pretty big storage system called S3',
  ],
  ['Kubernetes', 'https://kubernetes.io/docs/home/', 'Kubernetes Documentation | Kubernetes'],
  [
    'Kubernetes',
    'https://github.com/kelseyhightower/kubernetes-the-hard-way',
    'kelseyhightower/kubernetes-the-hard-way: Bootstrap Kubernetes the hard way',
  ],
  ['Docker', 'https://docs.docker.com/get-started/', 'Get started | Docker Docs'],
  [
    'Containerd',
    'https://github.com/containerd/containerd',
    'containerd/containerd: An open and reliable container runtime',
  ],
  ['Firecracker VM', 'https://firecracker-microvm.github.io/', 'Firecracker'],
  [
    'Linux Internals',
    'https://0xax.gitbooks.io/linux-insides/content/',
    'Introduction · linux-insides',
  ],
  ['Linux Internals', 'https://lwn.net/Articles/914183/', 'The kernel scheduler and you [LWN.net]'],
  [
    'ReState: Delivery guarantees',
    'https://docs.restate.dev/concepts/durable_execution',
    'Durable Execution | Restate',
  ],
  [
    'Durable execution of AI Agents (Distributed Systems)',
    'https://temporal.io/blog/what-is-durable-execution',
    'What is Durable Execution? | Temporal',
  ],
  ['TinyGrad Contributions', 'https://docs.tinygrad.org/', 'tinygrad documentation'],
  [
    'AWS Deep Dive',
    'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
    'What is AWS Lambda? - AWS Lambda',
  ],
];

/** Open tabs: `[url, title]`, related, loosely related and unrelated to the roadmap. */
export const PIN_TABS: Array<[string, string]> = [
  [
    'https://github.com/jmt-dev/build-your-own-git',
    'GitHub - jmt-dev/build-your-own-git: A tiny Git clone written in Rust',
  ],
  ['https://app.codecrafters.io/courses/git/overview', 'Build your own Git | CodeCrafters'],
  ['https://git-scm.com/book/en/v2/Git-Internals-Git-Objects', 'Git - Git Objects'],
  ['https://wyag.thb.lt/#objects', 'Write yourself a Git!'],
  [
    'https://github.com/git/git/blob/master/Documentation/technical/index-format.txt',
    'git/Documentation/technical/index-format.txt at master · git/git',
  ],
  ['https://craftinginterpreters.com/', 'Crafting Interpreters'],
  [
    'https://craftinginterpreters.com/a-tree-walk-interpreter.html',
    'A Tree-Walk Interpreter · Crafting Interpreters',
  ],
  [
    'https://github.com/munificent/craftinginterpreters/issues/1021',
    'Chapter 23 jumping back and forth · Issue #1021',
  ],
  [
    'https://www.youtube.com/watch?v=4m7ubrdbWQU',
    'Writing an interpreter in Rust, part 1 - YouTube',
  ],
  ['https://fly.io/dist-sys/3a/', 'Challenge #3a: Single-Node Broadcast · Fly.io'],
  [
    'https://github.com/jepsen-io/maelstrom/blob/main/doc/protocol.md',
    'maelstrom/doc/protocol.md at main · jepsen-io/maelstrom',
  ],
  ['https://jepsen.io/consistency', 'Consistency Models'],
  ['https://docs.rs/tokio/latest/tokio/sync/broadcast/index.html', 'tokio::sync::broadcast - Rust'],
  ['https://cloud.google.com/pubsub/docs/overview', 'What is Pub/Sub? | Google Cloud'],
  [
    'https://www.rabbitmq.com/tutorials/tutorial-three-python',
    'RabbitMQ tutorial - Publish/Subscribe',
  ],
  [
    'https://github.com/deepseek-ai/3FS/blob/main/docs/design_notes.md',
    '3FS/docs/design_notes.md at main · deepseek-ai/3FS',
  ],
  [
    'https://github.com/deepseek-ai/smallpond',
    'deepseek-ai/smallpond: A lightweight data processing framework built on DuckDB and 3FS',
  ],
  [
    'https://www.allthingsdistributed.com/2025/03/in-s3-simplicity-is-table-stakes.html',
    'In S3 simplicity is table stakes | All Things Distributed',
  ],
  ['https://aws.amazon.com/s3/', 'Amazon S3 - Cloud Object Storage - AWS'],
  ['https://kubernetes.io/docs/concepts/overview/', 'Overview | Kubernetes'],
  [
    'https://www.youtube.com/watch?v=PziYflu8cB8',
    'Kubernetes Explained in 6 Minutes | k8s Architecture - YouTube',
  ],
  [
    'https://github.com/kelseyhightower/kubernetes-the-hard-way/blob/master/docs/01-prerequisites.md',
    'kubernetes-the-hard-way/docs/01-prerequisites.md',
  ],
  ['https://k8s.af/', 'Kubernetes Failure Stories'],
  [
    'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/',
    'OverlayFS storage driver | Docker Docs',
  ],
  [
    'https://www.docker.com/blog/containerd-vs-docker/',
    'containerd vs. Docker: Understanding Their Relationship | Docker',
  ],
  [
    'https://github.com/containerd/containerd/blob/main/docs/getting-started.md',
    'containerd/docs/getting-started.md at main',
  ],
  ['https://github.com/google/gvisor', 'google/gvisor: Application Kernel for Containers'],
  ['https://gvisor.dev/docs/architecture_guide/intro/', 'Introduction to gVisor security | gVisor'],
  [
    'https://github.com/tripathi456/gvisor-based-python-repl',
    'tripathi456/gvisor-based-python-repl',
  ],
  ['https://github.com/tripathi456/dotfiles', 'tripathi456/dotfiles'],
  ['https://firecracker-microvm.github.io/', 'Firecracker'],
  [
    'https://github.com/firecracker-microvm/firecracker/blob/main/docs/getting-started.md',
    'firecracker/docs/getting-started.md at main · firecracker-microvm/firecracker',
  ],
  [
    'https://www.usenix.org/conference/nsdi20/presentation/agache',
    'Firecracker: Lightweight Virtualization for Serverless Applications | USENIX',
  ],
  [
    'https://0xax.gitbooks.io/linux-insides/content/Booting/linux-bootstrap-1.html',
    'From bootloader to kernel · linux-insides',
  ],
  ['https://lwn.net/Articles/922405/', 'An EEVDF CPU scheduler for Linux [LWN.net]'],
  ['https://man7.org/linux/man-pages/man7/namespaces.7.html', 'namespaces(7) - Linux manual page'],
  [
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
    'Understanding the Lambda execution environment lifecycle - AWS Lambda',
  ],
  ['https://aws.amazon.com/blogs/architecture/', 'AWS Architecture Blog'],
  ['https://restate.dev/blog/why-we-built-restate/', 'Why we built Restate'],
  ['https://docs.restate.dev/develop/ts/durable-steps', 'Durable Steps | Restate'],
  ['https://temporal.io/blog/what-is-durable-execution', 'What is Durable Execution? | Temporal'],
  [
    'https://www.anthropic.com/engineering/building-effective-agents',
    'Building Effective AI Agents',
  ],
  [
    'https://github.com/tinygrad/tinygrad',
    'GitHub - tinygrad/tinygrad: You like pytorch? You like micrograd? You love tinygrad! ❤️',
  ],
  ['https://github.com/tinygrad/tinygrad/pulls', 'Pull requests · tinygrad/tinygrad'],
  ['https://docs.tinygrad.org/quickstart/', 'Quickstart - tinygrad docs'],
  [
    'https://github.com/karpathy/micrograd',
    'karpathy/micrograd: A tiny scalar-valued autograd engine',
  ],
  [
    'https://arxiv.org/abs/2006.15704',
    'PyTorch Distributed: Experiences on Accelerating Data Parallel Training',
  ],
  [
    'https://huggingface.co/docs/transformers/perf_train_gpu_many',
    'Efficient Training on Multiple GPUs',
  ],
  ['https://en.wikipedia.org/wiki/Raft_(algorithm)', 'Raft (algorithm) - Wikipedia'],
  [
    'https://martinfowler.com/articles/patterns-of-distributed-systems/',
    'Patterns of Distributed Systems',
  ],
  [
    'https://news.ycombinator.com/item?id=39432245',
    'Show HN: A distributed file system in Rust | Hacker News',
  ],
  [
    'https://stackoverflow.com/questions/tagged/docker',
    "Newest 'docker' Questions - Stack Overflow",
  ],
  ['https://www.reddit.com/r/kubernetes/', 'r/kubernetes'],
  [
    'https://medium.com/@someone/building-a-pubsub-broker-in-rust-4a1b2c3d',
    'Building a PubSub broker in Rust | Medium',
  ],
  ['https://www.bbc.co.uk/news/articles/c0k8ey0w2zyo', 'Bank of England cuts rates - BBC News'],
  [
    'https://www.allrecipes.com/recipe/10813/best-chocolate-chip-cookies/',
    'Best Chocolate Chip Cookies',
  ],
  ['https://www.google.com/search?q=lox+interpreter', 'lox interpreter - Google Search'],
  ['https://mail.google.com/mail/u/0/#inbox', 'Inbox (3) - Gmail'],
  ['https://www.netflix.com/browse', 'Home - Netflix'],
  [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'Rick Astley - Never Gonna Give You Up - YouTube',
  ],
  ['https://weather.com/weather/today/l/London', 'London Weather Forecast'],
  [
    'https://www.amazon.com/Designing-Data-Intensive-Applications/dp/1449373321',
    'Designing Data-Intensive Applications',
  ],
  ['https://www.kubernets.io/', 'Kubernets'],
  ['https://crafting-interpreters.example.org/lox/', 'Lox'],
  [
    'https://github.com/codecrafters-io/build-your-own-x',
    'codecrafters-io/build-your-own-x: Master programming by recreating your favorite technologies',
  ],
];

export interface PinnedTab {
  url: string;
  title: string;
  suggestions: Array<{ project: string; score: number; reasons: string[] }>;
}

/** The example roadmap as the extension imports it, with the pages above attached. */
function exampleIndex() {
  const parsed = parseRoadmap(decodeRoadmapFile(readFileSync('public/example-roadmap.md')));
  let next = 0;
  const { objectives, projects } = mergeRoadmap(
    parsed,
    { objectives: [], projects: [] },
    { roadmapId: 'r1', newId: () => `id${(next += 1)}` },
  );
  const idOf = new Map(projects.map((project) => [project.title, project.id]));
  const resources: Resource[] = ATTACHED.map(([project, url, title], position) => ({
    id: `res${position}`,
    projectId: idOf.get(project) ?? `missing ${project}`,
    url,
    title,
    kind: classifyResource(url, title),
    attachedAt: position,
    via: 'popup',
  }));
  const titleOf = new Map(projects.map((project) => [project.id, project.title]));
  return { index: buildSuggestionIndex({ objectives, projects, resources }), titleOf };
}

/** What the suggester answers for every tab, projects named by their (unique) titles. */
export function pinSuggestions(): PinnedTab[] {
  const { index, titleOf } = exampleIndex();
  return PIN_TABS.map(([url, title]) => ({
    url,
    title,
    suggestions: suggestProjects(index, { url, title }).map((suggestion) => ({
      project: titleOf.get(suggestion.projectId) ?? suggestion.projectId,
      score: suggestion.score,
      reasons: suggestion.reasons,
    })),
  }));
}
