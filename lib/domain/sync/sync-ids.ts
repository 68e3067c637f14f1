/** A log entry's id: one session of one project, finished at one time on one device. */
export function logId(projectKey: string, at: number, device: string): string {
  return `${projectKey}\n${at}\n${device}`;
}

/** An attached page's id: one address under one project. */
export function pageId(projectKey: string, normalisedUrl: string): string {
  return `${projectKey}\n${normalisedUrl}`;
}

/** The project key a log id starts with (its last two parts are the time and the device). */
export function projectKeyOfLogId(id: string): string {
  const deviceStart = id.lastIndexOf('\n');
  const atStart = deviceStart > 0 ? id.lastIndexOf('\n', deviceStart - 1) : -1;
  return atStart >= 0 ? id.slice(0, atStart) : id;
}
