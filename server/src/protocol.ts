/**
 * Messages between the Copydesk client and server beyond standard LSP. Defined once here and
 * imported by both sides; plain names and shapes, no library imports.
 */

/** Server → client: analysis of a document started or finished. */
export const STATUS_NOTIFICATION = 'copydesk/status';

export interface StatusParams {
  state: 'checking' | 'ready';
  uri: string;
}

/** Semantic token types the server emits (declared in package.json `semanticTokenTypes`). */
export const SEMANTIC_TOKEN_TYPES = ['headline', 'dateline', 'subhead'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
