import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ArticleText } from '../files/readArticle';
import { encodeWindows1252 } from '../files/windows1252';

/** Thrown when a file cannot be written back; the original is left untouched. */
export class WriteRefused extends Error {}

/**
 * Writes fixed text back the way the file came: same encoding, BOM and permissions. The new
 * text goes to a temporary file beside the original, then replaces it in one rename, so an
 * interrupted run leaves either the old file or the new one, never half of each. A file that
 * changed on disk since it was read is not overwritten.
 */
export function writeBack(path: string, original: ArticleText, text: string): void {
  const bytes = encode(text, original);
  const before = statSync(path);
  if (before.mtimeMs !== original.mtimeMs || before.size !== original.size) {
    throw new WriteRefused('changed on disk since it was read; not written');
  }
  const temp = join(dirname(path), `.${basename(path)}.copydesk-${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes, { mode: before.mode & 0o777 });
    chmodSync(temp, before.mode & 0o777);
    if (!readFileSync(path).equals(original.bytes)) throw new WriteRefused('changed on disk while fixing; not written');
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never made, or is already gone
    }
    throw error instanceof WriteRefused ? error : new WriteRefused(`cannot be written: ${(error as Error).message}`);
  }
}

function encode(text: string, original: ArticleText): Buffer {
  if (original.encoding === 'windows-1252') {
    const bytes = encodeWindows1252(text);
    if (!bytes) throw new WriteRefused('the fixed text has characters Windows-1252 cannot hold; not written');
    return bytes;
  }
  return Buffer.from(original.bom ? `\uFEFF${text}` : text, 'utf8');
}
