/**
 * Writes minutes the way a note writes an estimate: `20h`, `1.5h`, `0.75h`, or `50m` when hours
 * to two decimals would not read back as the same minutes.
 */
export function writeEstimate(minutes: number): string {
  const whole = Math.round(minutes);
  // whole / 60 has at most two decimals exactly when 100 * whole / 60 = 5 * whole / 3 is whole.
  if (whole % 3 !== 0) return `${whole}m`;
  return `${Number((whole / 60).toFixed(2))}h`;
}
