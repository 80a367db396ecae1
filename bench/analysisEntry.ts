/** What the in-process rows time, bundled as the server and CLI ship it (see `loadAnalysis`). */
export { analyze } from '../server/src/analysis';
export { parseArticleFile } from '../server/src/analysis/article/parse';
export { findAttributions } from '../server/src/analysis/attribution';
export { findEntities } from '../server/src/analysis/entities';
