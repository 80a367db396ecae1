import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './helpers';

const STORIES = [
  'Musk blames cyberattack as his chat with Trump on X hit by technical issues',
  'Iran could retaliate against Israel as soon as this week, White House says',
];

async function storySymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitFor('the outline of the sample article', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.length > 0 ? symbols : undefined;
  });
}

describe('Outline and folding', () => {
  it('lists the two stories of the sample article by headline, with the subhead inside the first', async () => {
    const doc = await openFixture('seed-copy.article');
    const symbols = await storySymbols(doc.uri);
    assert.deepEqual(
      symbols.map((s) => s.name),
      STORIES,
    );
    const children = symbols[0].children.map((c) => c.name);
    assert.ok(children.includes('Light on policy detail'), `first story's children: ${children.join(', ')}`);
  });

  it('lists each story\'s cast: people, organizations and places', async () => {
    const doc = await openFixture('seed-copy.article');
    const symbols = await storySymbols(doc.uri);
    const people = symbols[0].children.find((c) => c.name === 'People');
    assert.ok(people, `first story's children: ${symbols[0].children.map((c) => c.name).join(', ')}`);
    const names = people.children.map((c) => c.name);
    for (const name of ['Donald Trump', 'Elon Musk', 'Ron DeSantis', 'Joe Biden', 'Kamala Harris', 'Vladimir Putin', 'Xi Jinping', 'Kim Jong-un']) {
      assert.ok(names.includes(name), `${name} missing from People: ${names.join(', ')}`);
    }
    const places = symbols[1].children.find((c) => c.name === 'Places')?.children.map((c) => c.name) ?? [];
    assert.ok(places.includes('Israel') && places.includes('Iran'), `second story's places: ${places.join(', ')}`);
  });

  it('folds each story from its headline', async () => {
    const doc = await openFixture('seed-copy.article');
    const symbols = await storySymbols(doc.uri);
    const ranges = await waitFor('folding ranges', async () => {
      const found = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return found && found.length > 0 ? found : undefined;
    });
    for (const story of symbols) {
      const line = story.range.start.line;
      assert.ok(
        ranges.some((r) => r.start === line && r.end > line),
        `no folding range starts at line ${line} ("${story.name}"); ranges: ${JSON.stringify(ranges)}`,
      );
    }
  });
});
