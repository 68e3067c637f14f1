/** Times parseRoadmap on generated notes; prints one JSON line per case. Run: tsx scripts/bench/parse-bench.ts */
import { parseRoadmap } from '../../lib/domain/roadmap/parse-roadmap';

const RUNS = 5;

/** Repeats `block(i)` until the text reaches `bytes`; deterministic, no randomness. */
function generate(bytes: number, head: string, block: (i: number) => string): string {
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const part = block(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

const mixedNote = generate(
  1_000_000,
  '---\ntitle: Bench\ntags: [bench]\n---\n# Bench roadmap\n\n',
  (i) =>
    `## Section ${i}\n\nSome prose about section ${i} with a [link](https://example.com/${i}).\n\n` +
    `- [x] Project ${i}a - [docs](https://docs.example.com/${i})\n  - Step one\n  - Step *two*\n` +
    `- [ ] Project ${i}b <https://example.org/${i}>\n1. Numbered ${i}\n\n` +
    `| Topic | Project | Links |\n|---|---|---|\n| T${i} | - Table project ${i} | [a](https://a.example/${i}) |\n\n`,
);

const bigTable = generate(
  5_000_000,
  '| **Checklist** | **Objective** | **Projects with Breakdown** |\n| --- | --- | --- |\n',
  (i) =>
    `| ${i % 7 === 0 ? `<input type="checkbox" checked id="c${i}">` : ''} | ` +
    `${i % 40 === 0 ? `**Objective ${i / 40}**` : ''} | - Project ${i} - [repo](https://github.com/example/p${i}) |\n`,
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

for (const [name, text, targetMs] of [
  ['mixed-1mb', mixedNote, 300],
  ['table-5mb', bigTable, 3000],
] as const) {
  const times: number[] = [];
  let projects = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const roadmap = parseRoadmap(text);
    times.push(performance.now() - started);
    projects = roadmap.objectives.reduce((sum, o) => sum + o.projects.length, 0);
  }
  const medianMs = Math.round(median(times));
  const line = { case: name, bytes: text.length, projects, runs: RUNS, medianMs, targetMs };
  process.stdout.write(`${JSON.stringify({ ...line, pass: medianMs < targetMs })}\n`);
}
