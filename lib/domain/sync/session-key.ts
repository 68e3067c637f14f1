/**
 * A log id without its device: one session of one project at one time. Two devices can hold the
 * same session under two ids (a review restored from a backup on a device that synced before),
 * so rows and entries are matched by this.
 */
export function sessionKey(logId: string): string {
  const deviceStart = logId.lastIndexOf('\n');
  return deviceStart < 0 ? logId : logId.slice(0, deviceStart);
}

/** The session key of one project's session at `at`, as `sessionKey` reads it off a log id. */
export function sessionKeyOf(projectKey: string, at: number): string {
  return `${projectKey}\n${at}`;
}
