'use strict';
// A Worker may be given a file URL or a relative './' path; the script sees its own filename.
const common = require('../../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w1 = new Worker(pathToFileURL(__filename));
  w1.on('message', common.mustCall((f) => assert.strictEqual(f, __filename)));
  const rel = `./${path.relative(process.cwd(), __filename)}`;
  const w2 = new Worker(rel.startsWith('./..') ? __filename : rel);
  w2.on('message', common.mustCall((f) => assert.strictEqual(f, __filename)));
} else {
  parentPort.postMessage(__filename);
}
