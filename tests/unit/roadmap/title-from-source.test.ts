import { describe, expect, it } from 'vitest';
import { titleFromSource } from '../../../lib/domain/roadmap/title-from-source';

describe('titleFromSource', () => {
  it.each([
    ['example-roadmap.md', 'Example roadmap'],
    ['ml-infra_plan.MARKDOWN', 'Ml infra plan'],
    ['2027 plan.txt', '2027 plan'],
    ['  --Études__2026--.md', 'Études 2026'],
    ['pasted note', 'Pasted note'],
    ['notes.md.bak', 'Notes.md.bak'],
    ['.md', 'Roadmap'],
    ['___', 'Roadmap'],
  ])('%j gives %j', (source, title) => {
    expect(titleFromSource(source)).toBe(title);
  });
});
