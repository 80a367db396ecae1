import type { Analysis } from './analysis';

/**
 * Answers that depend only on one version's analysis — the outline, folding ranges, semantic
 * tokens — made once per analysis. The editor asks for them again and again while the text
 * stays the same (the outline view, breadcrumbs and sticky scroll each ask for the outline).
 * Answers are shared: nothing may change them.
 */
export class PerAnalysis {
  private readonly answers = new WeakMap<Analysis, Map<string, unknown>>();

  get<T>(analysis: Analysis, what: string, make: () => T): T {
    let known = this.answers.get(analysis);
    if (!known) this.answers.set(analysis, (known = new Map()));
    if (!known.has(what)) known.set(what, make());
    return known.get(what) as T;
  }
}
