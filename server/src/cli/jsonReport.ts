import type { Analysis, Story } from '../analysis';

/** The `analyze --json` shape of one file (design.md: fields are added, never renamed). */
export function toJsonReport(file: string, analysis: Analysis): object {
  return {
    file,
    articles: analysis.file.stories.map((story) => toArticle(story, analysis.copy)),
    entities: analysis.entities,
    attributions: analysis.attributions.map(({ cue, source, content, kind, speaker, speakerName }) => ({ cue, source, content, kind, speaker, speakerName })),
    findings: analysis.findings.map(({ rule, severity, start, end, message, fixes }) => ({ rule, severity, start, end, message, fixes })),
  };
}

function toArticle(story: Story, copy: string): object {
  const { headline, dateline, published } = story;
  return {
    start: story.start,
    end: story.end,
    headline: { start: headline.start, end: headline.end, text: headline.text },
    dateline: dateline && {
      start: dateline.start,
      end: dateline.end,
      text: dateline.text,
      place: dateline.place,
      city: dateline.city,
      agency: dateline.agency,
      region: dateline.region,
      date: dateline.date,
    },
    published: published && {
      start: published.start,
      end: published.end,
      text: published.text,
      iso: published.iso,
      problem: published.problem,
    },
    words: story.words,
    layout: story.layout,
    subheads: story.paragraphs
      .filter((p) => p.kind === 'subhead')
      .map((p) => ({ start: p.start, end: p.end, text: copy.slice(p.start, p.end) })),
  };
}
