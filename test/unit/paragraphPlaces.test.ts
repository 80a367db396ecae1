import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ParagraphPlaces, ParagraphPlacing } from '../../server/src/analysis/paragraphPlaces';

/** The last text's paragraphs: [0, 10), [12, 30) with sentences from 5, [32, 50), [52, 60). */
function lastText(): ParagraphPlaces<string> {
  const places = new ParagraphPlaces<string>();
  places.add(0, 10, 0, 'first');
  places.add(12, 30, 5, 'second');
  places.add(32, 50, 0, 'third');
  places.add(52, 60, 0, 'fourth');
  return places;
}

describe('paragraphs found where they stood', () => {
  // The new text is 63 long: 3 characters typed at 31, between the second and third paragraphs.
  const shared = { start: 31, end: 29, lengthBefore: 60 };

  test('a paragraph wholly in the shared start is found at its place', () => {
    const placing = new ParagraphPlacing(lastText(), shared, 63);
    assert.equal(placing.unchanged(0, 10, 0), 'first');
    assert.equal(placing.unchanged(12, 30, 5), 'second');
  });

  test('a paragraph wholly in the shared end is found where it stood before the edit moved it', () => {
    const placing = new ParagraphPlacing(lastText(), shared, 63);
    assert.equal(placing.unchanged(35, 53, 0), 'third');
    assert.equal(placing.unchanged(55, 63, 0), 'fourth');
    assert.equal(placing.unchanged(32, 50, 0), undefined, 'not at its old place');
  });

  test('a paragraph the edit touches is not found', () => {
    const touching = { start: 20, end: 29, lengthBefore: 60 };
    const placing = new ParagraphPlacing(lastText(), touching, 63);
    assert.equal(placing.unchanged(12, 30, 5), undefined, 'reaches past the shared start');
    assert.equal(placing.unchanged(0, 10, 0), 'first');
    assert.equal(placing.unchanged(33, 53, 0), undefined, 'starts before the shared end');
    assert.equal(placing.unchanged(34, 53, 0), undefined, 'shares its end but not its start with the third');
  });

  test('the shared ends count to their edges', () => {
    const exact = { start: 30, end: 28, lengthBefore: 60 };
    const placing = new ParagraphPlacing(lastText(), exact, 63);
    assert.equal(placing.unchanged(12, 30, 5), 'second', 'ends where the shared start ends');
    assert.equal(placing.unchanged(35, 53, 0), 'third', 'starts where the shared end starts');
  });

  test('a paragraph of other bounds or another sentence start at the place is not the one that stood there', () => {
    const placing = new ParagraphPlacing(lastText(), shared, 63);
    assert.equal(placing.unchanged(12, 29, 5), undefined, 'other end');
    assert.equal(placing.unchanged(12, 30, 0), undefined, 'sentences from its start, not after a dateline');
    assert.equal(placing.unchanged(11, 30, 5), undefined, 'other start');
  });

  test("each analysis records its own paragraphs, which the next reads", () => {
    const first = new ParagraphPlacing(new ParagraphPlaces<string>(), { start: 0, end: 0, lengthBefore: 0 }, 20);
    assert.equal(first.unchanged(0, 10, 0), undefined, 'nothing before the first text');
    first.now.add(0, 10, 0, 'a');
    first.now.add(11, 20, 0, 'b');
    const second = new ParagraphPlacing(first.now, { start: 20, end: 0, lengthBefore: 20 }, 21);
    assert.equal(second.unchanged(0, 10, 0), 'a');
    assert.equal(second.unchanged(11, 20, 0), 'b');
  });
});
