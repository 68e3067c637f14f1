import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TodayPlan } from '../../components/TodayPlan';
import { restoreNodes, storeNodes, type StoredNode } from '../../lib/ui/stored-nodes';
import { NOW, VIEW, todayActions } from './today-fixtures';

afterEach(() => document.body.replaceChildren());

/** Today's first screen as the page stores it: rendered without actions, then stored. */
function storedPlan(): StoredNode[] {
  const painted = document.createElement('div');
  render(<TodayPlan view={VIEW} now={NOW} actions={null} />, painted);
  return storeNodes(painted)!;
}

const allNodes = (root: Node): Node[] => {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
};

describe('a stored screen', () => {
  it('rebuilds node for node, every text node apart', () => {
    const stored = storedPlan();
    const app = document.createElement('main');
    app.append(...restoreNodes(stored, document));
    expect(storeNodes(app)).toEqual(stored);
    // Markup would merge adjacent texts ("Next: ", the objective, " reached by ..."): fewer nodes.
    const viaMarkup = document.createElement('main');
    viaMarkup.innerHTML = app.innerHTML;
    expect(allNodes(viaMarkup).length).toBeLessThan(allNodes(app).length);
  });

  it('is taken over by the live render without one node replaced', () => {
    const app = document.body.appendChild(document.createElement('main'));
    app.append(...restoreNodes(storedPlan(), document));
    const painted = allNodes(app);
    const live = todayActions();
    render(<TodayPlan view={VIEW} now={NOW} actions={live} />, app);
    expect(painted.filter((node) => !node.isConnected)).toEqual([]);
    // A text split in two would be painted again: new texts only inside new elements.
    const kept = new Set(painted);
    const splitTexts = allNodes(app).filter(
      (node) => !kept.has(node) && node.nodeType === Node.TEXT_NODE && kept.has(node.parentNode!),
    );
    expect(splitTexts).toEqual([]);
    // Only what the actions bring is added (the past-estimate choices).
    const fresh = document.createElement('main');
    render(<TodayPlan view={VIEW} now={NOW} actions={live} />, fresh);
    expect(app.innerHTML).toBe(fresh.innerHTML);
    const start = app.querySelector<HTMLButtonElement>('article.session button.primary')!;
    expect(start.disabled).toBe(false);
    start.click();
    expect(live.start).toHaveBeenCalledWith(VIEW.sessions[0]!.projectId);
  });

  it('keeps a title that looks like markup as text', () => {
    const app = document.createElement('main');
    app.append(...restoreNodes(storedPlan(), document));
    expect(app.querySelector('img')).toBeNull();
    expect(app.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('is not stored when part of it is not plain HTML', () => {
    const painted = document.createElement('div');
    painted.innerHTML = '<p>Today <svg><circle r="2"></circle></svg></p>';
    expect(storeNodes(painted)).toBeNull();
  });

  const deep = (levels: number): StoredNode[] =>
    levels === 0 ? ['x'] : [['div', {}, deep(levels - 1)]];

  it.each<[string, unknown]>([
    ['not a list', { p: 'Today' }],
    ['a script', [['script', { src: '/x.js' }, []]]],
    ['a stylesheet', [['link', { rel: 'stylesheet', href: '/x.css' }, []]]],
    ['a frame', [['iframe', { src: 'https://example.com' }, []]]],
    ['an event handler', [['img', { src: 'x', onerror: 'alert(1)' }, []]]],
    ['a tag that is no tag', [['p onclick=x', {}, []]]],
    ['an attribute name with markup', [['p', { 'a"><script>': '' }, []]]],
    ['a value that is not text', [['p', { class: 1 }, []]]],
    ['a node of the wrong shape', [['p', {}]]],
    ['children that are not a list', [['p', {}, 'text']]],
    ['a number for a text', [['p', {}, [42]]]],
    ['more than 32 levels', deep(40)],
    ['more than 5,000 nodes', Array.from({ length: 5001 }, () => 'x')],
  ])('refuses %s', (_, stored) => {
    expect(() => restoreNodes(stored, document)).toThrow(TypeError);
  });

  it('accepts what it stores at the limits', () => {
    expect(restoreNodes(deep(31), document)).toHaveLength(1);
    expect(
      restoreNodes(
        Array.from({ length: 5000 }, () => 'x'),
        document,
      ),
    ).toHaveLength(5000);
  });
});
