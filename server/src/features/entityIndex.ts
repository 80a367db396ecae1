import type { Analysis, Entity, Mention } from '../analysis';

interface Located {
  mention: Mention;
  entity: Entity;
}

const cache = new WeakMap<Analysis, Located[]>();

/** Every mention with its entity, by position; built once per analysis. */
function located(analysis: Analysis): Located[] {
  let list = cache.get(analysis);
  if (!list) {
    list = analysis.clusters.flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })));
    list.sort((a, b) => a.mention.start - b.mention.start);
    cache.set(analysis, list);
  }
  return list;
}

/** The entity named at `offset` (binary search), or null. */
export function entityAt(analysis: Analysis, offset: number): Located | null {
  const list = located(analysis);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { mention } = list[mid]!;
    if (offset < mention.start) hi = mid - 1;
    else if (offset > mention.end) lo = mid + 1;
    else return list[mid]!;
  }
  return null;
}
