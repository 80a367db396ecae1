/** AP month style with a day: short forms for the long months, the short ones spelled out. */
export const AP_MONTHS_WITH_DAY = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Reuters writes the short months without a period: `Aug 12`, `Sept 5`. */
export const REUTERS_MONTHS_WITH_DAY = AP_MONTHS_WITH_DAY.map((m) => m.replace(/\.$/, ''));

/**
 * A date as the house writes it — AP `Tuesday, Aug. 13, 2024`, Reuters `Tuesday, Aug 13,
 * 2024` — with or without the weekday (1 = Monday, as ISO and luxon count) and the year.
 */
export function formatHouseDate(
  d: { year: number; month: number; day: number; weekday: number },
  houseStyle: 'ap' | 'reuters' | undefined,
  parts: { weekday?: boolean; year?: boolean } = {},
): string {
  const month = (houseStyle === 'reuters' ? REUTERS_MONTHS_WITH_DAY : AP_MONTHS_WITH_DAY)[d.month - 1];
  const date = `${month} ${d.day}${parts.year === false ? '' : `, ${d.year}`}`;
  return parts.weekday ? `${WEEKDAY_NAMES[d.weekday - 1]}, ${date}` : date;
}

/** `9 a.m.`, `6:47 p.m.`, `noon`, `midnight` (AP time style). */
export function formatApTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'a.m.' : 'p.m.';
  return minute === 0 ? `${h} ${suffix}` : `${h}:${String(minute).padStart(2, '0')} ${suffix}`;
}
