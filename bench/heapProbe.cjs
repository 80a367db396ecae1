// Preloaded into the language server by `npm run bench:hostile` (with --expose-gc): on SIGUSR2
// it collects all garbage and writes the heap then in use, in bytes, to COPYDESK_HEAP_FILE.
// The bench reads what the server keeps, not what the collector has yet to take back.
const { writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  global.gc();
  writeFileSync(process.env.COPYDESK_HEAP_FILE, String(process.memoryUsage().heapUsed));
});
