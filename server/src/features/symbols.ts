import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isStatement, type Analysis, type Attribution, type Entity, type Story } from '../analysis';
import { toRange } from './ranges';

/**
 * The outline: a symbol per story named by its headline (detail: dateline and word count),
 * with the headline, dateline, subheads and published line inside it.
 */
export function toDocumentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  // Grouped by story once: a digest of a thousand stories must not read every entity and
  // attribution of the file for each story.
  const entities = byStory(analysis.clusters);
  const attributions = byStory(analysis.attributions);
  return analysis.file.stories.map((story, i) => {
    const symbol = storySymbol(doc, story, analysis.copy);
    for (const cast of castSymbols(doc, story, entities.get(i) ?? [])) symbol.children!.push(cast);
    const sources = sourceSymbols(doc, story, attributions.get(i) ?? [], analysis.copy);
    if (sources) symbol.children!.push(sources);
    return symbol;
  });
}

function byStory<T extends { story: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.story);
    if (group) group.push(item);
    else groups.set(item.story, [item]);
  }
  return groups;
}

const CAST: { type: Entity['type']; name: string; kind: SymbolKind }[] = [
  { type: 'person', name: 'People', kind: SymbolKind.Object },
  { type: 'organization', name: 'Organizations', kind: SymbolKind.Struct },
  { type: 'place', name: 'Places', kind: SymbolKind.Enum },
];

/** "People", "Organizations", "Places": the story's entities by canonical name, most mentioned first. */
function castSymbols(doc: TextDocument, story: Story, entities: readonly Entity[]): DocumentSymbol[] {
  return CAST.flatMap(({ type, name, kind }) => {
    const members = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
    if (members.length === 0) return [];
    const children = members.map((e) => leaf(doc, e.name, e.role ?? `${e.mentions.length} ${e.mentions.length === 1 ? 'mention' : 'mentions'}`, kind, e.mentions[0]!));
    return [{ name, detail: String(members.length), kind: SymbolKind.Namespace, range: toRange(doc, story), selectionRange: children[0]!.selectionRange, children }];
  });
}

/** "Sources": each named source of the story and how many statements are attributed to it. */
function sourceSymbols(doc: TextDocument, story: Story, attributions: readonly Attribution[], copy: string): DocumentSymbol | null {
  const bySource = new Map<string, { count: number; first: { start: number; end: number } }>();
  for (const a of attributions) {
    if (!a.speakerName || /^(he|she|it|they|i|we|you)$/i.test(a.speakerName) || !isStatement(a, copy)) continue;
    const entry = bySource.get(a.speakerName);
    if (entry) entry.count++;
    else bySource.set(a.speakerName, { count: 1, first: a.source ?? a.content });
  }
  if (bySource.size === 0) return null;
  const children = [...bySource.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first.start - b[1].first.start)
    .map(([name, { count, first }]) => leaf(doc, oneLine(name), `${count} ${count === 1 ? 'statement' : 'statements'}`, SymbolKind.Event, first));
  return { name: 'Sources', detail: String(children.length), kind: SymbolKind.Namespace, range: toRange(doc, story), selectionRange: children[0]!.selectionRange, children };
}

function storySymbol(doc: TextDocument, story: Story, copy: string): DocumentSymbol {
  const headline = oneLine(story.headline.text);
  const children: DocumentSymbol[] = [leaf(doc, 'Headline', headline, SymbolKind.String, story.headline)];
  if (story.dateline) children.push(leaf(doc, 'Dateline', story.dateline.text, SymbolKind.Event, story.dateline));
  for (const p of story.paragraphs) {
    if (p.kind === 'subhead') children.push(leaf(doc, oneLine(copy.slice(p.start, p.end)), 'subhead', SymbolKind.Field, p));
  }
  if (story.published) children.push(leaf(doc, 'Published', story.published.stamp.text, SymbolKind.Constant, story.published));
  return {
    name: headline,
    detail: storyDetail(story),
    kind: SymbolKind.File,
    range: toRange(doc, story),
    selectionRange: toRange(doc, story.headline),
    children,
  };
}

/** `WASHINGTON (AP) — · 812 words`, as the outline and the story picker show it. */
export function storyDetail(story: Story): string {
  const words = `${story.words} ${story.words === 1 ? 'word' : 'words'}`;
  return story.dateline ? `${story.dateline.text} · ${words}` : words;
}

function leaf(doc: TextDocument, name: string, detail: string, kind: SymbolKind, span: { start: number; end: number }): DocumentSymbol {
  const range = toRange(doc, span);
  return { name, detail, kind, range, selectionRange: range };
}

/** Outline names are one line: whitespace runs (and blanked editor notes) collapse. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim() || '(untitled)';
}
