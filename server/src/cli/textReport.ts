import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis';

/** A short human-readable account of one file: its stories, then its findings. */
export function toTextReport(file: string, text: string, analysis: Analysis): string {
  const doc = TextDocument.create(file, 'article', 0, text);
  const where = (offset: number) => {
    const p = doc.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out = [file];
  analysis.file.stories.forEach((story, i) => {
    const dateline = story.dateline ? story.dateline.text : 'no dateline';
    const published = story.published ? (story.published.iso ?? 'unreadable published line') : 'no published line';
    out.push(`  story ${i + 1} at ${where(story.start)}: ${story.headline.text}`);
    out.push(`    ${dateline} · ${story.words} words · ${published}`);
    for (const p of story.paragraphs.filter((p) => p.kind === 'subhead')) {
      out.push(`    subhead at ${where(p.start)}: ${analysis.copy.slice(p.start, p.end)}`);
    }
  });
  if (analysis.file.stories.length === 0) out.push('  no stories (the file is empty)');
  for (const f of analysis.findings) out.push(`  ${where(f.start)}  ${f.severity}  ${f.message}  ${f.rule}`);
  return out.join('\n');
}
