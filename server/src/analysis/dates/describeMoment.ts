import { DateTime } from 'luxon';
import { formatHouseDate, formatApTime } from './apStyle';

/** A moment told the ways an editor needs it. */
export interface MomentInWords {
  /** `Monday, Aug. 12, 2024` in the newsroom's time zone. */
  localDate: string;
  /** `6:47 p.m. EDT`. */
  localTime: string;
  /** `Monday, Aug. 12, 2024, 22:47:30 UTC`. */
  utc: string;
  /** The IANA zone used, or UTC when the setting names no known zone. */
  zone: string;
}

/** Describes an ISO instant in the newsroom's time zone (and in UTC). */
export function describeMoment(iso: string, timeZone: string): MomentInWords | null {
  const instant = DateTime.fromISO(iso, { zone: 'utc' });
  if (!instant.isValid) return null;
  let local = instant.setZone(timeZone);
  if (!local.isValid) local = instant;
  return {
    localDate: formatHouseDate(local, 'ap', { weekday: true }),
    localTime: `${formatApTime(local.hour, local.minute)} ${local.toFormat('ZZZZ')}`,
    utc: `${formatHouseDate(instant, 'ap', { weekday: true })}, ${instant.toFormat('HH:mm:ss')} UTC`,
    zone: local.zoneName ?? 'UTC',
  };
}
