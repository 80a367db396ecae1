import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { endsOf, firstAtLeast, firstEndAfter, firstEndingAfter, firstIndexWhere, firstStartingAt, spanHolding } from '../../server/src/analysis/spans';

/** Spans in text order, not overlapping, some empty, some touching. */
function randomSpans(random: (n: number) => number): { start: number; end: number }[] {
  const spans = [];
  let at = random(3);
  for (let i = random(12); i > 0; i--) {
    const start = at + random(3);
    const end = start + random(4);
    spans.push({ start, end });
    at = end;
  }
  return spans;
}

describe('searches over spans in text order', () => {
  test('each answers as reading the list from the start would, on 5,000 random lists', () => {
    let seed = 17;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 5_000; round++) {
      const spans = randomSpans(random);
      const offset = random(45) - 2;
      const plainFirstStarting = spans.findIndex((s) => s.start >= offset);
      assert.equal(firstStartingAt(spans, offset), plainFirstStarting < 0 ? spans.length : plainFirstStarting);
      const plainFirstEnding = spans.findIndex((s) => s.end > offset);
      assert.equal(firstEndingAfter(spans, offset), plainFirstEnding < 0 ? spans.length : plainFirstEnding);
      assert.equal(firstEndAfter(endsOf(spans), offset), firstEndingAfter(spans, offset));
      assert.equal(firstIndexWhere(spans.length, (i) => spans[i]!.end > offset), firstEndingAfter(spans, offset));
      // The starts alone, as numbers: repeated ones when spans are empty and touch.
      assert.equal(firstAtLeast(spans.map((s) => s.start), offset), firstStartingAt(spans, offset));
      const end = offset + random(4);
      const holding = spanHolding(spans, offset, end);
      if (holding) assert.ok(holding.start <= offset && end <= holding.end, 'the span found holds the range');
      // A span holds a range that ends after the range starts (an empty span holds nothing).
      else assert.ok(!spans.some((s) => s.start <= offset && end <= s.end && s.end > offset), `no span holds ${offset}–${end}: ${JSON.stringify(spans)}`);
    }
  });

  test('firstIndexWhere: no index when the test never holds, the first when it always does', () => {
    assert.equal(firstIndexWhere(0, () => true), 0);
    assert.equal(firstIndexWhere(5, () => false), 5);
    assert.equal(firstIndexWhere(5, () => true), 0);
    assert.equal(firstIndexWhere(1_000_000, (i) => i >= 765_432), 765_432);
  });

  test('firstAtLeast: the first of equal numbers, the end past the largest, 0 in an empty list', () => {
    assert.equal(firstAtLeast([], 3), 0);
    assert.equal(firstAtLeast([1, 3, 3, 3, 7], 3), 1);
    assert.equal(firstAtLeast([1, 3, 3, 3, 7], 4), 4);
    assert.equal(firstAtLeast([1, 3, 3, 3, 7], 8), 5);
    assert.equal(firstAtLeast([1, 3, 3, 3, 7], -1), 0);
  });
});
