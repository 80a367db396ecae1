import type { Analysis, DateMention } from '../analysis';
import { formatHouseDate } from '../analysis/dates/apStyle';
import { firstEndingAfter } from '../analysis/spans';

/** The date expression at `offset`, if any. */
export function dateAt(analysis: Analysis, offset: number): DateMention | null {
  const i = firstEndingAfter(analysis.dates, offset);
  const d = analysis.dates[i] ?? analysis.dates[i - 1];
  return d && offset >= d.start && offset <= d.end ? d : null;
}

/** `**Friday, Aug. 9, 2024** · 3 days before publication (Monday, Aug. 12, 2024)`. */
export function dateCard(d: DateMention): string {
  if (!d.resolved || !d.published) return `**${d.expression.text}** — the story has no readable published line to resolve it against.`;
  const { date, until, daysFromPublication } = d.resolved;
  const day = formatHouseDate(date, 'ap', { weekday: true });
  const published = formatHouseDate(d.published, 'ap', { weekday: true });
  const heading = until ? `${day} to ${formatHouseDate(until, 'ap', { weekday: true })}` : day;
  return [`**${heading}**`, '', `${distance(daysFromPublication)} (published ${published}, ${d.published.zoneName ?? 'UTC'})`].join('\n');
}

function distance(days: number): string {
  if (days === 0) return 'The day of publication';
  const n = Math.abs(days);
  return `${n} ${n === 1 ? 'day' : 'days'} ${days < 0 ? 'before' : 'after'} publication`;
}
