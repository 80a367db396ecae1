import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TakenRanges } from '../../server/src/analysis/takenRanges';
import type { Span } from '../../server/src/analysis/article/model';

/** The rule written plainly: every claimed range asked in turn. */
function collidesWithAny(taken: readonly Span[], e: Span): boolean {
  return taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start));
}

describe('ranges fix-all has claimed', () => {
  test('an edit overlapping a claimed range collides; one that only touches it does not', () => {
    const taken = new TakenRanges();
    taken.take({ start: 10, end: 20 });
    assert.equal(taken.collides({ start: 15, end: 25 }), true);
    assert.equal(taken.collides({ start: 5, end: 11 }), true);
    assert.equal(taken.collides({ start: 12, end: 12 }), true, 'an insertion inside a replaced range');
    assert.equal(taken.collides({ start: 20, end: 30 }), false, 'starts where it ends');
    assert.equal(taken.collides({ start: 0, end: 10 }), false, 'ends where it starts');
    assert.equal(taken.collides({ start: 20, end: 20 }), false, 'an insertion at its end');
  });

  test('an insertion where a claimed range starts collides; a range starting at a claimed insertion does not', () => {
    const taken = new TakenRanges();
    taken.take({ start: 10, end: 20 });
    taken.take({ start: 40, end: 40 });
    assert.equal(taken.collides({ start: 10, end: 10 }), true);
    assert.equal(taken.collides({ start: 40, end: 40 }), true, 'a second insertion at one place');
    assert.equal(taken.collides({ start: 40, end: 45 }), false);
  });

  test('a long range claimed early is still seen by an edit far inside it, after many short ones', () => {
    const taken = new TakenRanges();
    taken.take({ start: 0, end: 10_000 });
    for (let i = 0; i < 500; i++) taken.take({ start: 10_000 + i * 3, end: 10_000 + i * 3 + 1 });
    assert.equal(taken.collides({ start: 9_000, end: 9_001 }), true);
    assert.equal(taken.collides({ start: 10_002, end: 10_003 }), false);
  });

  test('answers as asking every claimed range does, on 3,000 random claims and checks', () => {
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 30; round++) {
      const taken = new TakenRanges();
      const plain: Span[] = [];
      for (let i = 0; i < 100; i++) {
        const start = random(300);
        const e = { start, end: start + (random(3) === 0 ? 0 : random(random(4) === 0 ? 60 : 6)) };
        const expected = collidesWithAny(plain, e);
        assert.equal(taken.collides(e), expected, `round ${round}, ${JSON.stringify(e)} against ${JSON.stringify(plain)}`);
        // Claimed as fix-all claims: only what did not collide (and now and then one that did,
        // as the edits of one fix are not checked against each other).
        if (!expected || random(10) === 0) {
          taken.take(e);
          plain.push(e);
        }
      }
    }
  });
});
