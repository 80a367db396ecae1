/**
 * Moving a story's results from its own offsets to the file's: every span moved by `by`, the
 * story index set, entity ids mapped. New objects throughout, so cached results stay as they were.
 */
import type { Dateline, Published, Quote, QuoteProblem, Span, Story } from './article/model';
import type { Attribution } from './attribution/model';
import type { DateMention } from './dates';
import type { Entity } from './entities/model';
import type { RuleFinding } from './rules/types';
import { moved, movedSpan } from './spans';

/** A plain span that may be missing, moved. */
function spanOrNull(s: Span | null, by: number): Span | null {
  return s ? movedSpan(s, by) : null;
}

export function shiftStory(s: Story, by: number): Story {
  if (by === 0) return s;
  return {
    ...moved(s, by),
    headline: moved(s.headline, by),
    dateline: s.dateline && shiftDateline(s.dateline, by),
    paragraphs: s.paragraphs.map((p) => ({ ...moved(p, by), sentences: p.sentences.map((x) => moved(x, by)) })),
    quotes: s.quotes.map((q) => shiftQuote(q, by)),
    quoteProblems: s.quoteProblems.map((q): QuoteProblem => moved(q, by)),
    published: s.published && shiftPublished(s.published, by),
  };
}

function shiftDateline(d: Dateline, by: number): Dateline {
  return {
    ...moved(d, by),
    placeSpan: moved(d.placeSpan, by),
    citySpan: moved(d.citySpan, by),
    regionSpan: spanOrNull(d.regionSpan, by),
    agencySpan: spanOrNull(d.agencySpan, by),
    dashSpan: moved(d.dashSpan, by),
  };
}

export function shiftPublished(p: Published, by: number): Published {
  return { ...moved(p, by), stamp: moved(p.stamp, by), weekdaySpan: spanOrNull(p.weekdaySpan, by) };
}

export function shiftQuote(q: Quote, by: number): Quote {
  return by === 0 ? q : { ...moved(q, by), content: moved(q.content, by) };
}

export function shiftEntity(e: Entity, by: number, story: number, id: string): Entity {
  return { ...e, id, story, mentions: e.mentions.map((m) => ({ ...moved(m, by), story, title: spanOrNull(m.title as Span | null, by) })) };
}

export function shiftAttribution(a: Attribution, by: number, story: number, ids: ReadonlyMap<string, string>): Attribution {
  return { ...a, story, cue: spanOrNull(a.cue, by), source: spanOrNull(a.source, by), content: movedSpan(a.content, by), speaker: a.speaker && (ids.get(a.speaker) ?? a.speaker) };
}

export function shiftDate(d: DateMention, by: number, story: number): DateMention {
  const e = d.expression;
  return {
    ...moved(d, by),
    story,
    expression: {
      ...moved(e, by),
      ...(e.month ? { month: moved(e.month, by) } : {}),
      ...(e.day ? { day: moved(e.day, by) } : {}),
      ...(e.weekday ? { weekday: moved(e.weekday, by) } : {}),
    },
  };
}

export function shiftFinding<F extends RuleFinding>(f: F, by: number): F {
  if (by === 0) return f;
  return { ...moved(f, by), fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => moved(e, by)) })) };
}

/** From the first character a finding or one of its fixes touches to the last. */
export function findingReach(f: RuleFinding): Span {
  let start = f.start;
  let end = f.end;
  for (let i = 0; i < f.fixes.length; i++) {
    const edits = f.fixes[i]!.edits;
    for (let j = 0; j < edits.length; j++) {
      if (edits[j]!.start < start) start = edits[j]!.start;
      if (edits[j]!.end > end) end = edits[j]!.end;
    }
  }
  return { start, end };
}
