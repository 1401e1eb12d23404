'use strict';
// Destroying a Readable.from() stream calls the iterator's return().
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

let finalized = false;
function* gen() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    finalized = true;
  }
}
const r = Readable.from(gen());
r.once('data', common.mustCall((x) => {
  assert.strictEqual(x, 1);
  r.destroy();
}));
r.on('close', common.mustCall(() => assert.strictEqual(finalized, true)));

// Backpressure: the generator is not pulled past the highWaterMark.
let pulled = 0;
const r2 = Readable.from(function* () { while (true) { pulled++; yield pulled; } }());
setImmediate(common.mustCall(() => {
  assert.ok(pulled <= 2, `pulled ${pulled}`);
  r2.destroy();
}));
