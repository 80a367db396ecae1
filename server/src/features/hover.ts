import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Dateline, Published } from '../analysis';
import { describeMoment } from '../analysis/dates/describeMoment';
import { findUsState } from '../analysis/reference/usStates';
import { attributionAt, attributionCard } from './attributionHover';
import { dateAt, dateCard } from './dateHover';
import { entityCard } from './entityHover';
import { entityAt } from './entityIndex';
import { spanHas, toRange } from './ranges';

const AGENCIES: Record<string, string> = {
  AP: 'The Associated Press',
  Reuters: 'Reuters',
  AFP: 'Agence France-Presse',
  UPI: 'United Press International',
  Bloomberg: 'Bloomberg News',
};

/**
 * Hovers on the dateline (what it says, parsed), on the published line (the date in words), on
 * any name (the entity card) and on quoted or reported words (who said them, through which cue).
 */
export function toHover(doc: TextDocument, analysis: Analysis, offset: number, timeZone: string): Hover | null {
  for (const story of analysis.file.stories) {
    if (offset < story.start || offset > story.end) continue;
    if (story.dateline && spanHas(story.dateline, offset)) {
      return markdown(doc, story.dateline, datelineCard(story.dateline, story.published, timeZone));
    }
    if (story.published && spanHas(story.published, offset)) {
      return markdown(doc, story.published, publishedCard(story.published, timeZone));
    }
  }
  const stray = analysis.file.strayPublished.find((p) => spanHas(p, offset));
  if (stray) return markdown(doc, stray, publishedCard(stray, timeZone));
  const date = dateAt(analysis, offset);
  if (date) return markdown(doc, date, dateCard(date));
  const named = entityAt(analysis, offset);
  if (named) return markdown(doc, named.mention, entityCard(doc, analysis, named.entity));
  const said = attributionAt(analysis, offset);
  return said ? markdown(doc, said.content, attributionCard(analysis, said)) : null;
}

function datelineCard(dateline: Dateline, published: Published | null, timeZone: string): string {
  const state = dateline.region ? findUsState(dateline.region) : undefined;
  const rows = [`**Dateline** \`${dateline.text}\``, '', `- City: ${dateline.city}`];
  if (dateline.region) rows.push(`- ${state ? 'State' : 'Region'}: ${dateline.region}${state && state.name !== dateline.region ? ` (${state.name})` : ''}`);
  if (dateline.date) rows.push(`- Date: ${dateline.date}`);
  rows.push(`- Agency: ${dateline.agency ? (AGENCIES[dateline.agency] ?? dateline.agency) : 'none (staff copy)'}`);
  const moment = published?.iso ? describeMoment(published.iso, timeZone) : null;
  if (moment) rows.push(`- Story published: ${moment.localDate}`);
  return rows.join('\n');
}

function publishedCard(published: Published, timeZone: string): string {
  const moment = published.iso ? describeMoment(published.iso, timeZone) : null;
  if (!moment) return `**Published** — cannot read this timestamp: ${published.problem ?? 'unknown form'}.`;
  return [
    `**Published ${moment.localDate}**`,
    '',
    `- ${moment.localTime} in the newsroom (${moment.zone})`,
    `- ${moment.utc}`,
  ].join('\n');
}

function markdown(doc: TextDocument, span: { start: number; end: number }, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, span) };
}
