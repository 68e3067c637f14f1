/** Display formatting shared by components; Intl keeps it free of bundled locale data. */

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** "3.5 h": hours to one decimal, for progress against an estimate. */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} h`;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "Saturday 28 November" for a `YYYY-MM-DD` calendar day, in the user's language. */
export function formatDay(
  day: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' },
): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, options).format(new Date(y, m - 1, d));
}

export function formatElapsed(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return formatMinutes(minutes);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "Saturday 28 November", without Intl: the first use of Intl in a fresh page loads locale data,
 * which cost the first paint of today's plan about 200 ms.
 */
export function formatTodayHeading(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]}`;
}

/** "4 February 2027", without Intl, for lines on the first paint (see formatTodayHeading). */
export function formatDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// Made on first use, not when the module loads: the new-tab page's first paint loads this module.
let moment: Intl.DateTimeFormat | undefined;

/** A moment in the user's locale: "1 Dec 2026, 14:02". */
export function formatMoment(at: number): string {
  moment ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return moment.format(at);
}
