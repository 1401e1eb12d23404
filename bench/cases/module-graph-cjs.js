'use strict';
// Load time of a 1,000-module CommonJS graph (generated here, in a temporary folder): each
// module requires two others (a binary tree) and exports a function and a constant.
const { moduleGraph } = require('./module-graph.cjs');
const { dir, entry } = moduleGraph('cjs', 1000);
const t = process.hrtime.bigint();
const m = require(entry);
const ms = Number(process.hrtime.bigint() - t) / 1e6;
if (m.sum() !== 1000) throw new Error(`graph sum ${m.sum()}`);
console.log(`BENCH cjs-graph-1000-load ${ms.toFixed(1)} ms`);
require('fs').rmSync(dir, { recursive: true, force: true });
