const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A span of time as a person says it, rounded to its largest sensible unit in the user's language:
 * "45 min", "2 hr", "3 days" (minutes under an hour, hours under two days, days after that; at least 1 min).
 */
export function formatDuration(milliseconds: number, language: string): string {
  const [value, unit] =
    milliseconds < HOUR
      ? [Math.max(1, Math.round(milliseconds / MINUTE)), 'minute']
      : milliseconds < 2 * DAY
        ? [Math.round(milliseconds / HOUR), 'hour']
        : [Math.round(milliseconds / DAY), 'day'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
