/**
 * The Copydesk language server: connection, document sync, settings and wiring. No analysis
 * logic lives here; `features/` turns the core's results into LSP shapes.
 *   node dist/server.js --stdio      (or --node-ipc when started by the extension)
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, letMessagesIn } from './analysisCache';
import { PerAnalysis } from './perAnalysis';
import { toDocumentSymbols } from './features/symbols';
import { toFoldingRanges } from './features/folding';
import { toHover } from './features/hover';
import { toCodeActions } from './features/codeActions';
import { fixAllAction, fixStory } from './features/fixAll';
import { toSemanticTokens } from './features/semanticTokens';
import {
  CHECK_TEXT_REQUEST,
  CLEAN_STORY_REQUEST,
  FIX_ALL_KIND,
  FIX_STORY_REQUEST,
  SEMANTIC_TOKEN_TYPES,
  type CheckTextParams,
  type FixStoryParams,
  type FixStoryResult,
} from './protocol';
import { analyze, cleanCopy, type Analysis } from './analysis';
import { toDiagnostics } from './features/diagnostics';
import { SettingsCache, type Settings } from './settings';
import { HouseOptions } from './config/houseOptions';
import { Validator } from './validator';

/** Stdio or the editor's IPC channel only: sockets and named pipes would mean connecting to something. */
const TRANSPORTS = ['--stdio', '--node-ipc'];
if (!process.argv.slice(2).some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write('copydesk language server: say how to talk to the editor, e.g. `node dist/server.js --stdio`\n');
  process.exit(2);
}

const connection: Connection = createConnection(ProposedFeatures.all);
// One failed promise (a client refusing a request, say) must not take the server down with it.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Copydesk: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
const documents = new TextDocuments(TextDocument);
const analyses = new AnalysisCache();
const perAnalysis = new PerAnalysis();
let clientAsksConfiguration = false;
/** The client applies LSP 3.18 snippet edits (placeholders the writer can tab through). */
let clientTakesSnippets = false;
const settings = new SettingsCache(connection, () => clientAsksConfiguration);
const house = new HouseOptions(connection);
const validator = new Validator(connection, documents, analyses, (uri) => settings.get(uri).then((s) => house.optionsFor(uri, s)));
// A request read newer house options than the last check of its version: check it again.
analyses.onOptionsMoved = (doc) => validator.schedule(doc);

connection.onInitialize((params): InitializeResult => {
  clientAsksConfiguration = params.capabilities.workspace?.configuration === true;
  const workspaceEdit = params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined;
  clientTakesSnippets = workspaceEdit?.snippetEditSupport === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Copydesk' },
      foldingRangeProvider: true,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] }, full: true },
    },
    serverInfo: { name: 'copydesk' },
  };
});

connection.onDidChangeConfiguration(() => {
  settings.forget();
  documents.all().forEach((doc) => validator.schedule(doc));
});

// A `.copydesk.json` changed (the client watches them): read them again and re-check.
connection.onDidChangeWatchedFiles(() => {
  house.forget();
  documents.all().forEach((doc) => validator.schedule(doc));
});

documents.onDidChangeContent(({ document }) => validator.schedule(document));
documents.onDidClose(({ document }) => {
  validator.cancel(document.uri);
  analyses.forget(document.uri);
  settings.forget(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/**
 * Runs `answer` on the analysis of the open document's current version, or returns `empty` for
 * unknown documents and cancelled requests. A request that arrives while the version is being
 * analysed waits for that run; if the document changes first, it asks again for the new one.
 */
async function withAnalysis<T>(uri: string, empty: T, token: CancellationToken, answer: (doc: TextDocument, analysis: Analysis, s: Settings) => T): Promise<T> {
  const stillOpen = (doc: TextDocument, version: number) => documents.get(uri) === doc && doc.version === version;
  for (;;) {
    const doc = documents.get(uri);
    if (!doc || token.isCancellationRequested) return empty;
    const version = doc.version;
    const s = await settings.get(uri);
    // Closed (or changed) while the settings were fetched: never analyse a closed document.
    if (!stillOpen(doc, version)) continue;
    const analysis = await analyses.analysisOf(doc, house.optionsFor(uri, s));
    // The diagnostics waiting on the same run go out first: they are what a writer watches,
    // and an outline or the highlighting of a long story takes a while to build.
    await letMessagesIn();
    if (token.isCancellationRequested) return empty;
    if (analysis && stillOpen(doc, version)) return answer(doc, analysis, s);
  }
}

connection.onDocumentSymbol(({ textDocument }, token) =>
  withAnalysis(textDocument.uri, [], token, (doc, analysis) => perAnalysis.get(analysis, 'symbols', () => toDocumentSymbols(doc, analysis))),
);
connection.onFoldingRanges(({ textDocument }, token) =>
  withAnalysis(textDocument.uri, [], token, (doc, analysis) => perAnalysis.get(analysis, 'folding', () => toFoldingRanges(doc, analysis))),
);
connection.onHover(({ textDocument, position }, token) =>
  withAnalysis(textDocument.uri, null, token, (doc, analysis, s) => toHover(doc, analysis, doc.offsetAt(position), s.timeZone)),
);
connection.onCodeAction(async ({ textDocument, context }, token) => {
  const wantsFixAll = context.only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
  if (!wantsFixAll) return withAnalysis(textDocument.uri, [], token, (doc, analysis) => toCodeActions(doc, analysis, context.diagnostics, clientTakesSnippets));
  // Fixing all analyses the text afresh between rounds, so it needs no analysis at hand.
  const doc = documents.get(textDocument.uri);
  if (!doc) return [];
  const action = fixAllAction(doc, house.optionsFor(doc.uri, await settings.get(doc.uri)));
  return action ? [action] : [];
});
connection.onRequest(FIX_STORY_REQUEST, ({ uri, position }: FixStoryParams, token) =>
  withAnalysis<FixStoryResult>(uri, { edits: [], applied: 0, headline: null }, token, (doc, analysis, s) => fixStory(doc, analysis, doc.offsetAt(position), house.optionsFor(doc.uri, s))),
);
connection.onRequest(CLEAN_STORY_REQUEST, ({ uri, position }: FixStoryParams, token) =>
  withAnalysis<string | null>(uri, null, token, (doc, analysis) => {
    const offset = doc.offsetAt(position);
    const index = analysis.file.stories.findIndex((story) => offset >= story.start && offset <= story.end);
    return index < 0 ? null : cleanCopy(doc.getText(), index);
  }),
);
// The workspace check: files that are not open, analysed with their own settings and house config.
connection.onRequest(CHECK_TEXT_REQUEST, async ({ uri, text }: CheckTextParams) => {
  const options = house.optionsFor(uri, await settings.get(uri));
  return toDiagnostics(TextDocument.create(uri, 'article', 0, text), analyze(text, options));
});
connection.languages.semanticTokens.on(({ textDocument }, token) =>
  withAnalysis(textDocument.uri, { data: [] }, token, (doc, analysis) => perAnalysis.get(analysis, 'semantic tokens', () => toSemanticTokens(doc, analysis))),
);

documents.listen(connection);
connection.listen();
