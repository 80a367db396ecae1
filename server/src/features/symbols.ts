import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Story } from '../analysis';
import { toRange } from './ranges';

/**
 * The outline: a symbol per story named by its headline (detail: dateline and word count),
 * with the headline, dateline, subheads and published line inside it.
 */
export function toDocumentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  return analysis.file.stories.map((story) => storySymbol(doc, story, analysis.copy));
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
