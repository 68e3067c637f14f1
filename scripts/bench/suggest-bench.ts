/**
 * Suggestion and menu speed on a large synthetic roadmap: 1,000 projects, 10,000 resources.
 * Deterministic (seeded); prints one JSON line per case. Run: `npx tsx scripts/bench/suggest-bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { buildAttachMenu } from '../../lib/domain/tabs/attach-menu';
import { classifyResource } from '../../lib/domain/tabs/classify-resource';
import { suggestProjects } from '../../lib/domain/tabs/suggest-projects';
import { buildSuggestionIndex } from '../../lib/domain/tabs/suggestion-index';
import type { Objective, Project, Resource } from '../../lib/domain/types';

const PROJECTS = 1_000;
const OBJECTIVES = 40;
const RESOURCES = 10_000;
const TABS = 500;

/** mulberry32: small, seedable, good enough to spread synthetic words. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TECH = (
  'kubernetes docker containerd gvisor firecracker linux kernel rust golang python zig raft paxos ' +
  'consensus replication sharding postgres sqlite rocksdb leveldb lsm btree compiler interpreter ' +
  'parser lexer bytecode garbage collector jit wasm webassembly tinygrad pytorch jax cuda triton ' +
  'transformer attention tokenizer embedding vector search lucene tantivy kafka pulsar nats pubsub ' +
  'grpc protobuf http2 quic tcp ebpf io_uring epoll scheduler allocator malloc mmap filesystem ' +
  'ext4 zfs btrfs s3 minio ceph 3fs spark flink beam dask ray airflow temporal restate durable ' +
  'terraform ansible nix bazel git mercurial fossil lox scheme lisp haskell ocaml erlang elixir ' +
  'redis memcached envoy nginx istio linkerd prometheus grafana opentelemetry jaeger clickhouse ' +
  'duckdb arrow parquet iceberg delta hudi trino presto snowflake bigquery dynamo cassandra scylla ' +
  'foundationdb tigerbeetle jepsen tla alloy coq lean isabelle agda idris fpga verilog riscv arm'
).split(' ');
const PLAIN = (
  'build write implement explore learn notes deep dive study guide practice toy tiny mini own ' +
  'simple fast distributed system internals from scratch clone engine server client runtime'
).split(' ');
const HOSTS = [
  'github.com',
  'docs.rs',
  'arxiv.org',
  'www.youtube.com',
  'medium.com',
  'blog.acolyer.org',
  'martinfowler.com',
  'jvns.ca',
  'fly.io',
  'lwn.net',
  'kubernetes.io',
  'developer.mozilla.org',
];

function makeRoadmap(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const objectives: Objective[] = Array.from({ length: OBJECTIVES }, (_, order) => ({
    id: `o${order}`,
    roadmapId: 'r1',
    title: `${pick(PLAIN)} ${pick(TECH)} ${pick(TECH)}`,
    order,
    archived: 0,
  }));
  const projects: Project[] = Array.from({ length: PROJECTS }, (_, index) => {
    const words = [pick(PLAIN), pick(TECH), pick(TECH)];
    return {
      id: `p${index}`,
      objectiveId: `o${index % OBJECTIVES}`,
      roadmapId: 'r1',
      key: `p${index}`,
      title: words.join(' '),
      order: Math.floor(index / OBJECTIVES),
      links:
        random() < 0.3
          ? [
              {
                label: pick(TECH),
                url: `https://github.com/${pick(TECH)}-org/${words[1]}-${index}`,
              },
            ]
          : [],
      children: Array.from(
        { length: Math.floor(random() * 4) },
        () => `${pick(PLAIN)} ${pick(TECH)}`,
      ),
      childrenDone: [],
      done: false,
      status: 'active',
      phase: 'building',
      builtMinutes: 0,
      archived: 0,
    };
  });
  const resources: Resource[] = Array.from({ length: RESOURCES }, (_, index) => {
    const host = pick(HOSTS);
    const topic = pick(TECH);
    const url = `https://${host}/${topic}/${pick(PLAIN)}-${pick(TECH)}-${index}`;
    return {
      id: `r${index}`,
      projectId: `p${Math.floor(random() * PROJECTS)}`,
      url,
      title: `${pick(PLAIN)} ${topic} ${pick(TECH)} ${pick(PLAIN)} ${pick(TECH)}`,
      kind: classifyResource(url),
      attachedAt: index,
      via: 'popup',
    };
  });
  return { objectives, projects, resources };
}

function makeTabs(random: () => number, roadmap: ReturnType<typeof makeRoadmap>) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const unrelated = [
    {
      url: 'https://www.bbc.co.uk/news/articles/c0k8ey0w2zyo',
      title: 'Bank of England cuts rates - BBC News',
    },
    {
      url: 'https://www.allrecipes.com/recipe/10813/best-chocolate-chip-cookies/',
      title: 'Best Chocolate Chip Cookies',
    },
    { url: 'https://www.google.com/', title: 'Google' },
  ];
  return Array.from({ length: TABS }, (_, index) => {
    const roll = random();
    if (roll < 0.3) {
      const resource = pick(roadmap.resources);
      return { url: resource.url, title: resource.title };
    }
    if (roll < 0.6) {
      const host = pick(HOSTS);
      return {
        url: `https://${host}/${pick(TECH)}/${index}`,
        title: `${pick(TECH)} ${pick(PLAIN)} ${pick(TECH)} - ${host}`,
      };
    }
    if (roll < 0.8) {
      const project = pick(roadmap.projects);
      return { url: project.links[0]?.url ?? `https://example.org/${index}`, title: project.title };
    }
    return pick(unrelated);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

function main() {
  const random = seededRandom(20240611);
  const roadmap = makeRoadmap(random);
  const tabs = makeTabs(random, roadmap);

  const buildStart = performance.now();
  const index = buildSuggestionIndex(roadmap);
  const buildMs = performance.now() - buildStart;
  console.log(
    JSON.stringify({
      case: 'build-suggestion-index',
      projects: PROJECTS,
      resources: RESOURCES,
      ms: round(buildMs),
    }),
  );

  // Warm up the JIT the way a long-lived service worker would be.
  for (const tab of tabs.slice(0, 50)) suggestProjects(index, tab);
  const times: number[] = [];
  let abstained = 0;
  for (const tab of tabs) {
    const start = performance.now();
    const suggestions = suggestProjects(index, tab);
    times.push(performance.now() - start);
    if (suggestions.length === 0) abstained += 1;
  }
  console.log(
    JSON.stringify({
      case: 'suggest-projects',
      tabs: tabs.length,
      medianMs: round(median(times)),
      p95Ms: round(percentile(times, 0.95)),
      maxMs: round(Math.max(...times)),
      abstained,
      targetMedianMs: 2,
      pass: median(times) < 2,
    }),
  );

  const menuTimes: number[] = [];
  let items = 0;
  for (let run = 0; run < 20; run += 1) {
    const start = performance.now();
    items = buildAttachMenu(roadmap).length;
    menuTimes.push(performance.now() - start);
  }
  console.log(
    JSON.stringify({
      case: 'build-attach-menu',
      projects: PROJECTS,
      items,
      medianMs: round(median(menuTimes)),
      targetMs: 100,
      pass: median(menuTimes) < 100,
    }),
  );
}

main();
