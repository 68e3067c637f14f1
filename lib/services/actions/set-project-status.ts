import { setStatus } from '../update-project';
import { runAction, type ActionDeps, type Outcome } from './action-outcome';

const SAID = {
  paused: 'Paused: it stays out of the plan until you resume it.',
  retired: 'Retired: it leaves the plan for good.',
  resume: 'Resumed: it is back in the plan.',
} as const;

/** Pause and retire take a project out of the plan; resume puts it back. */
export function setProjectStatus(
  deps: Pick<ActionDeps, 'db'>,
  projectId: string,
  status: keyof typeof SAID,
): Promise<Outcome> {
  return runAction(async () => {
    await setStatus(deps.db, projectId, status);
    return { message: SAID[status] };
  });
}
