/** A sentence as the analysis reports it (the pass's working data, tokens and frames, stay inside). */
export interface SentenceSummary {
  start: number;
  end: number;
  story: number;
  paragraph: number;
  attributed: boolean;
}

/**
 * A story's sentences as numbers, made into summaries only when asked (the file's analysis
 * assembled for a hover, the command line, a test). A long story has ten thousand sentences,
 * summarized again on every edit: as objects they would be garbage that outlives the edit and
 * that the collector carries to the old generation; as numbers they sit outside the heap.
 */
export class SentenceSummaries {
  /** Start, end and paragraph of each sentence, relative to the story. */
  private readonly numbers: Int32Array;
  private readonly attributed: Uint8Array;

  constructor(sentences: readonly Omit<SentenceSummary, 'story'>[]) {
    this.numbers = new Int32Array(sentences.length * 3);
    this.attributed = new Uint8Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      this.numbers[i * 3] = s.start;
      this.numbers[i * 3 + 1] = s.end;
      this.numbers[i * 3 + 2] = s.paragraph;
      this.attributed[i] = s.attributed ? 1 : 0;
    }
  }

  get length(): number {
    return this.attributed.length;
  }

  /** Where the `i`th sentence starts and ends in its story, its paragraph, whether it is sourced. */
  startOf(i: number): number {
    return this.numbers[i * 3]!;
  }
  endOf(i: number): number {
    return this.numbers[i * 3 + 1]!;
  }
  paragraphOf(i: number): number {
    return this.numbers[i * 3 + 2]!;
  }
  attributedAt(i: number): boolean {
    return this.attributed[i] === 1;
  }

  /** The `i`th sentence moved `by` into the file, as the story numbered `story` there. */
  at(i: number, by: number, story: number): SentenceSummary {
    const n = this.numbers;
    return { start: n[i * 3]! + by, end: n[i * 3 + 1]! + by, story, paragraph: n[i * 3 + 2]!, attributed: this.attributed[i] === 1 };
  }
}
