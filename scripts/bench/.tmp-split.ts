import { parseRoadmap } from '../../lib/domain/roadmap/parse-roadmap';
import { parseBlocks } from '../../lib/domain/roadmap/roadmap-markdown';
function generate(bytes: number, head: string, block: (i: number) => string): string {
  const parts = [head]; let size = head.length;
  for (let i = 0; size < bytes; i++) { const part = block(i); parts.push(part); size += part.length; }
  return parts.join('');
}
const mixedNote = generate(1_000_000, '---\ntitle: Bench\ntags: [bench]\n---\n# Bench roadmap\n\n', (i) =>
    `## Section ${i}\n\nSome prose about section ${i} with a [link](https://example.com/${i}).\n\n` +
    `- [x] Project ${i}a - [docs](https://docs.example.com/${i})\n  - Step one\n  - Step *two*\n` +
    `- [ ] Project ${i}b <https://example.org/${i}>\n1. Numbered ${i}\n\n` +
    `| Topic | Project | Links |\n|---|---|---|\n| T${i} | - Table project ${i} | [a](https://a.example/${i}) |\n\n`);
const bigTable = generate(5_000_000, '| **Checklist** | **Objective** | **Projects with Breakdown** |\n| --- | --- | --- |\n', (i) =>
    `| ${i % 7 === 0 ? `<input type="checkbox" checked id="c${i}">` : ''} | ` +
    `${i % 40 === 0 ? `**Objective ${i / 40}**` : ''} | - Project ${i} - [repo](https://github.com/example/p${i}) |\n`);
for (const [name, text] of [['mixed', mixedNote], ['table', bigTable]] as const) {
  const b: number[] = [], f: number[] = [];
  for (let r = 0; r < 5; r++) {
    let t = performance.now(); const toks = parseBlocks(text, {}); b.push(Math.round(performance.now() - t));
    t = performance.now(); parseRoadmap(text); f.push(Math.round(performance.now() - t));
    if (r === 0) console.log(name, 'tokens', toks.length);
  }
  console.log(name, 'blocks', b.join(' '), 'full', f.join(' '));
}
