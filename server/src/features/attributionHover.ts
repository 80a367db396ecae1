import { isStatement, type Analysis, type Attribution, type Entity } from '../analysis';

const KIND: Record<Attribution['kind'], string> = { direct: 'Quoted', indirect: 'Attributed', continued: 'Quoted (continued)' };

/** The attribution whose cue or attributed words hold `offset` (a quotation before reported speech). */
export function attributionAt(analysis: Analysis, offset: number): Attribution | null {
  const holding = analysis.attributions.filter(
    (a) => (offset >= a.content.start && offset <= a.content.end) || (a.cue !== null && offset >= a.cue.start && offset <= a.cue.end),
  );
  return holding.find((a) => a.kind !== 'indirect') ?? holding[0] ?? null;
}

/** `Quoted — Donald Trump, through “posted”`. */
export function attributionCard(analysis: Analysis, a: Attribution): string {
  const who = a.speakerName ?? 'an unnamed speaker';
  const cue = a.cue ? `, through “${analysis.copy.slice(a.cue.start, a.cue.end)}”` : ', continuing the quotation before';
  const source = a.source ? analysis.copy.slice(a.source.start, a.source.end) : null;
  const rows = [`**${KIND[a.kind]} — ${who}**${cue}`];
  if (source && source !== who) rows.push('', `Source as written: “${source}”`);
  return rows.join('\n');
}

/** The quotations and statements attributed to an entity in its story, for its card. */
export function statementsBy(analysis: Analysis, entity: Entity): string[] {
  const said = analysis.attributions.filter((a) => a.speaker === entity.id && a.story === entity.story && isStatement(a, analysis.copy));
  if (said.length === 0) return [];
  const quotes = said.filter((a) => a.kind !== 'indirect').slice(0, 3).map((a) => `> “${excerpt(analysis.copy.slice(a.content.start, a.content.end))}”`);
  const indirect = said.length - said.filter((a) => a.kind !== 'indirect').length;
  const head = `**Said in this story:** ${said.length} ${said.length === 1 ? 'statement' : 'statements'}${indirect ? ` (${indirect} reported)` : ''}`;
  return [head, ...quotes];
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').replace(/[“”"]/g, '').trim();
  return clean.length > 90 ? `${clean.slice(0, 87)}…` : clean;
}
