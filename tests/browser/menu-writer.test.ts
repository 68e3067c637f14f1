import { describe, expect, it, vi } from 'vitest';
import { createMenuWriter } from '../../lib/browser/menu-writer';

/**
 * A menu whose writes finish only when the test says: each write is logged when it starts, and
 * `finish()` completes the oldest one still running.
 */
function heldMenu() {
  const log: string[] = [];
  const running: Array<() => void> = [];
  const hold = (entry: string) => {
    log.push(entry);
    return new Promise<void>((resolve) => running.push(resolve));
  };
  const writer = createMenuWriter<string, string>(
    { rebuild: (view) => hold(`rebuild ${view}`), relabel: (labels) => hold(`relabel ${labels}`) },
    (error) => {
      throw error;
    },
  );
  const finish = async (expected: string[]) => {
    await vi.waitFor(() => expect(running).toHaveLength(1));
    running.shift()!();
    await vi.waitFor(() => expect(log).toEqual(expected));
  };
  return { writer, log, finish };
}

describe('createMenuWriter', () => {
  it('holds a relabel until the rebuild under way is done, then writes only the latest', async () => {
    const { writer, log, finish } = heldMenu();
    const rebuilt = writer.rebuild('v1');
    void writer.relabel('page A');
    void writer.relabel('page B');
    expect(log).toEqual(['rebuild v1']);
    await finish(['rebuild v1', 'relabel page B']);
    await finish(['rebuild v1', 'relabel page B']);
    await expect(rebuilt).resolves.toBeUndefined();
  });

  it('builds only the latest view asked for meanwhile, and writes the labels again after it', async () => {
    const { writer, log, finish } = heldMenu();
    void writer.relabel('page A');
    void writer.rebuild('v1');
    void writer.rebuild('v2');
    void writer.rebuild('v3');
    expect(log).toEqual(['relabel page A']);
    await finish(['relabel page A', 'rebuild v3']);
    await finish(['relabel page A', 'rebuild v3', 'relabel page A']);
    await finish(['relabel page A', 'rebuild v3', 'relabel page A']);
  });

  it('does not write labels the menu already shows', async () => {
    const { writer, log, finish } = heldMenu();
    void writer.relabel('page A');
    await finish(['relabel page A']);
    await expect(writer.relabel('page A')).resolves.toBeUndefined();
    expect(log).toEqual(['relabel page A']);
  });

  it('reports a failed write and goes on with the next, without retrying it in a loop', async () => {
    const log: string[] = [];
    const onError = vi.fn();
    const writer = createMenuWriter<string, string>(
      {
        rebuild: async (view) => {
          log.push(`rebuild ${view}`);
          throw new Error('no menus here');
        },
        relabel: async (labels) => {
          log.push(`relabel ${labels}`);
          throw new Error('no such item');
        },
      },
      onError,
    );
    void writer.rebuild('v1');
    await writer.relabel('page A');
    await writer.relabel('page A');
    expect(log).toEqual(['rebuild v1', 'relabel page A']);
    expect(onError.mock.calls.map(([error]) => (error as Error).message)).toEqual([
      'no menus here',
      'no such item',
    ]);
  });
});
