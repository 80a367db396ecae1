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
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { toDocumentSymbols } from './features/symbols';
import { toFoldingRanges } from './features/folding';
import { toHover } from './features/hover';
import { toCodeActions } from './features/codeActions';
import { fixAllAction, fixStory } from './features/fixAll';
import { toSemanticTokens } from './features/semanticTokens';
import { FIX_ALL_KIND, FIX_STORY_REQUEST, SEMANTIC_TOKEN_TYPES, type FixStoryParams, type FixStoryResult } from './protocol';
import { SettingsCache, toAnalysisOptions, type Settings } from './settings';
import { Validator } from './validator';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write('copydesk language server: say how to talk to the editor, e.g. `node dist/server.js --stdio`\n');
  process.exit(2);
}

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const analyses = new AnalysisCache();
let clientAsksConfiguration = false;
/** The client applies LSP 3.18 snippet edits (placeholders the writer can tab through). */
let clientTakesSnippets = false;
const settings = new SettingsCache(connection, () => clientAsksConfiguration);
const validator = new Validator(connection, documents, analyses, settings);

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

documents.onDidChangeContent(({ document }) => validator.schedule(document));
documents.onDidClose(({ document }) => {
  validator.cancel(document.uri);
  analyses.forget(document.uri);
  settings.forget(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/** Runs `answer` on the open document's current analysis, or returns `empty` for unknown documents. */
async function withAnalysis<T>(uri: string, empty: T, answer: (doc: TextDocument, s: Settings) => T): Promise<T> {
  const doc = documents.get(uri);
  if (!doc) return empty;
  const s = await settings.get(uri);
  return answer(doc, s);
}

const analysisOf = (doc: TextDocument, s: Settings) => analyses.get(doc, toAnalysisOptions(s));

connection.onDocumentSymbol(({ textDocument }) =>
  withAnalysis(textDocument.uri, [], (doc, s) => toDocumentSymbols(doc, analysisOf(doc, s))),
);
connection.onFoldingRanges(({ textDocument }) =>
  withAnalysis(textDocument.uri, [], (doc, s) => toFoldingRanges(doc, analysisOf(doc, s))),
);
connection.onHover(({ textDocument, position }) =>
  withAnalysis(textDocument.uri, null, (doc, s) => toHover(doc, analysisOf(doc, s), doc.offsetAt(position), s.timeZone)),
);
connection.onCodeAction(({ textDocument, context }) =>
  withAnalysis(textDocument.uri, [], (doc, s) => {
    const wantsFixAll = context.only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
    if (wantsFixAll) {
      const action = fixAllAction(doc, toAnalysisOptions(s));
      return action ? [action] : [];
    }
    return toCodeActions(doc, analysisOf(doc, s), context.diagnostics, clientTakesSnippets);
  }),
);
connection.onRequest(FIX_STORY_REQUEST, ({ uri, position }: FixStoryParams) =>
  withAnalysis<FixStoryResult>(uri, { edits: [], applied: 0, headline: null }, (doc, s) => fixStory(doc, analysisOf(doc, s), doc.offsetAt(position), toAnalysisOptions(s))),
);
connection.languages.semanticTokens.on(({ textDocument }) =>
  withAnalysis(textDocument.uri, { data: [] }, (doc, s) => toSemanticTokens(doc, analysisOf(doc, s))),
);

documents.listen(connection);
connection.listen();
