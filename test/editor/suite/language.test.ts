import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri } from './helpers';

describe('Language', () => {
  for (const name of ['seed-copy.article', 'broken-published.article', 'brief.story']) {
    it(`opens ${name} in the article language mode`, async () => {
      const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
      assert.equal(doc.languageId, 'article');
    });
  }
});
