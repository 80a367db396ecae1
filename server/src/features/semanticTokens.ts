import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Span } from '../analysis';
import { SEMANTIC_TOKEN_TYPES, type SemanticTokenType } from '../protocol';

/** Semantic tokens for what only the parser knows: headlines, datelines, subheads. */
export function toSemanticTokens(doc: TextDocument, analysis: Analysis): SemanticTokens {
  const tokens: { span: Span; type: SemanticTokenType }[] = [];
  for (const story of analysis.file.stories) {
    tokens.push({ span: story.headline, type: 'headline' });
    if (story.dateline) tokens.push({ span: story.dateline, type: 'dateline' });
    for (const p of story.paragraphs) if (p.kind === 'subhead') tokens.push({ span: p, type: 'subhead' });
  }
  tokens.sort((a, b) => a.span.start - b.span.start);
  const builder = new SemanticTokensBuilder();
  for (const { span, type } of tokens) pushPerLine(builder, doc, span, SEMANTIC_TOKEN_TYPES.indexOf(type));
  return builder.build();
}

/** Tokens may not cross lines; a span over several lines becomes one token a line. */
function pushPerLine(builder: SemanticTokensBuilder, doc: TextDocument, span: Span, type: number): void {
  const start = doc.positionAt(span.start);
  const end = doc.positionAt(span.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : lineLength(doc, line);
    if (to > from) builder.push(line, from, to - from, type, 0);
  }
}

function lineLength(doc: TextDocument, line: number): number {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
}
