import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity } from '../analysis';
import { statementsBy } from './attributionHover';

const TYPE_NAMES: Record<Entity['type'], string> = { person: 'person', place: 'place', organization: 'organization' };

/**
 * The card for an entity: who or what it is in this story, how often and where it is first
 * named, and the other ways the story writes it.
 */
export function entityCard(doc: TextDocument, analysis: Analysis, entity: Entity): string {
  const first = entity.mentions[0]!;
  const count = entity.mentions.length;
  const rows = [`**${entity.name}** · ${TYPE_NAMES[entity.type]}`];
  if (entity.role) rows.push('', `*${entity.role}*`);
  rows.push('', `${count} ${count === 1 ? 'mention' : 'mentions'} in this story · first on line ${doc.positionAt(first.start).line + 1}`);
  if (entity.aliases.length > 0) rows.push('', `Also written: ${entity.aliases.map((a) => `“${a}”`).join(', ')}`);
  const statements = statementsBy(analysis, entity);
  if (statements.length > 0) rows.push('', ...statements.flatMap((line) => [line, '']).slice(0, -1));
  return rows.join('\n');
}
