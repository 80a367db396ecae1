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

/** Client → server: the safe fixes for the story at a position, as text edits to apply. */
export const FIX_STORY_REQUEST = 'copydesk/fixStory';

export interface FixStoryParams {
  uri: string;
  /** A position inside the story (the cursor). */
  position: { line: number; character: number };
}

export interface FixStoryResult {
  /** Edits against the document version the request was made for (at most one). */
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  /** How many fixes the edits hold. */
  applied: number;
  headline: string | null;
}

/** The code action kind for fix-all on save or on request. */
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

/** Client → server: the story at a position without editor notes, for the clipboard. */
export const CLEAN_STORY_REQUEST = 'copydesk/cleanStory';

/** Client → server: check a file that is not open (the workspace check); diagnostics come back. */
export const CHECK_TEXT_REQUEST = 'copydesk/checkText';

export interface CheckTextParams {
  uri: string;
  text: string;
}
