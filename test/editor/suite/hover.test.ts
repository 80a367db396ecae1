import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openFixture, positionOf, waitFor } from './helpers';

async function hoverAt(uri: vscode.Uri, position: vscode.Position, expected: string): Promise<string> {
  return waitFor(`a hover containing "${expected}"`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hoverText(hovers ?? []);
    return text.includes(expected) ? text : undefined;
  });
}

describe('Hover', () => {
  it('tells the published date in AP style', async () => {
    const doc = await openFixture('seed-copy.article');
    const text = await hoverAt(doc.uri, positionOf(doc, 'Published at Mon, 12 Aug 2024 22:47:30', 3), 'Aug. 12, 2024');
    assert.match(text, /Published/);
  });

  it('shows the entity card for a lone surname: "Trump" is Donald Trump', async () => {
    const doc = await openFixture('seed-copy.article');
    const text = await hoverAt(doc.uri, positionOf(doc, 'Trump sought to turn', 2), 'Donald Trump');
    assert.match(text, /person/);
    assert.match(text, /mentions in this story/);
  });

  it('shows the entity card for "Harris": Kamala Harris, with her role', async () => {
    const doc = await openFixture('seed-copy.article');
    const text = await hoverAt(doc.uri, positionOf(doc, 'Harris has erased', 2), 'Kamala Harris');
    assert.match(text, /Vice-President/);
  });

  it('says when a published timestamp cannot be read', async () => {
    const doc = await openFixture('broken-published.article');
    await hoverAt(doc.uri, positionOf(doc, 'Published at Mon 12 Aug 2024', 3), 'cannot read');
  });
});
