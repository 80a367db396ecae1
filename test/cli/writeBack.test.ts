import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticle } from '../../server/src/files/readArticle';
import { writeBack, WriteRefused } from '../../server/src/cli/writeFile';

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'copydesk-write-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('writing fixed files back', () => {
  test('a file changed on disk since it was read is not overwritten', () => {
    const path = join(dir, 'raced.article');
    writeFileSync(path, 'Headline\nOld copy.\n');
    const read = readArticle(path);
    writeFileSync(path, 'Headline\nThe desk changed this meanwhile.\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    assert.throws(() => writeBack(path, read, 'Headline\nFixed copy.\n'), WriteRefused);
    assert.equal(readFileSync(path, 'utf8'), 'Headline\nThe desk changed this meanwhile.\n');
  });

  test('a write that fails leaves the original whole and no temporary file behind', () => {
    const path = join(dir, 'cp1252.article');
    writeFileSync(path, Buffer.from('Caf\xe9\n', 'latin1'));
    const read = readArticle(path);
    assert.equal(read.encoding, 'windows-1252');
    assert.throws(() => writeBack(path, read, 'Café ☕\n'), /Windows-1252 cannot hold/);
    assert.deepEqual(readFileSync(path), Buffer.from('Caf\xe9\n', 'latin1'));
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), []);
  });
});
