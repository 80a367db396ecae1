import { CodeActionKind, type CodeAction, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, minimalEdit, type Analysis, type AnalysisOptions } from '../analysis';
import { FIX_ALL_KIND, type FixStoryResult } from '../protocol';
import { toRange } from './ranges';

/** `source.fixAll.copydesk`: every safe fix in the document, as one edit. */
export function fixAllAction(doc: TextDocument, options: AnalysisOptions): CodeAction | null {
  const edit = wholeDocumentEdit(doc, fixAll(doc.getText(), options).text);
  if (!edit) return null;
  return { title: 'Copydesk: fix all safe style issues', kind: FIX_ALL_KIND as CodeActionKind, edit: { changes: { [doc.uri]: [edit] } } };
}

/** The safe fixes of the story holding `offset`. */
export function fixStory(doc: TextDocument, analysis: Analysis, offset: number, options: AnalysisOptions): FixStoryResult {
  const index = analysis.file.stories.findIndex((s) => offset >= s.start && offset <= s.end);
  if (index < 0) return { edits: [], applied: 0, headline: null };
  const result = fixAll(doc.getText(), options, index);
  const edit = wholeDocumentEdit(doc, result.text);
  return { edits: edit ? [edit] : [], applied: result.applied, headline: analysis.file.stories[index]!.headline.text };
}

function wholeDocumentEdit(doc: TextDocument, fixed: string): LspTextEdit | null {
  const e = minimalEdit(doc.getText(), fixed);
  return e ? { range: toRange(doc, e), newText: e.newText } : null;
}
