'use strict';
// Load time of a 1,000-module ES module graph (generated here, in a temporary folder): each
// module imports two others (a binary tree) and exports a function and a constant.
const { moduleGraph } = require('./module-graph.cjs');
const { dir, entry } = moduleGraph('esm', 1000);
const t = process.hrtime.bigint();
import(require('url').pathToFileURL(entry).href).then((ns) => {
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (ns.sum() !== 1000) throw new Error(`graph sum ${ns.sum()}`);
  console.log(`BENCH esm-graph-1000-load ${ms.toFixed(1)} ms`);
  require('fs').rmSync(dir, { recursive: true, force: true });
});
