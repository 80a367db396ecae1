import { Analyzer } from '../server/src/analysis';
import { digestOf, loadCorpus } from './common';
const { slice } = loadCorpus();
const digest = digestOf(slice);
const a = new Analyzer();
a.analyze(digest);
let text = digest;
const times: number[] = [];
for (let i = 0; i < 50; i++) {
  const at = Math.floor(((i * 7919) % 200) / 200 * (text.length - 1));
  text = text.slice(0, at) + 'x' + text.slice(at);
  const s = performance.now(); const r = a.analyze(text); times.push(performance.now() - s);
  if (i === 49) console.log('findings', r.findings.length, 'stories', r.file.stories.length, 'reanalysed', a.lastAnalysed);
}
times.sort((x, y) => x - y);
console.log('p50', times[25]!.toFixed(1), 'p95', times[47]!.toFixed(1));
