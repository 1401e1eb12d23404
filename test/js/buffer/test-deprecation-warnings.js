'use strict';
// Buffer() warns once with DEP0005 (from code outside node_modules); SlowBuffer with DEP0030.
const common = require('../../common');
const assert = require('assert');
const { SlowBuffer } = require('buffer');

const seen = [];
process.on('warning', (w) => seen.push([w.name, w.code]));
Buffer(1);
new Buffer('a');
SlowBuffer(1);
SlowBuffer(1);
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    ['DeprecationWarning', 'DEP0005'],
    ['DeprecationWarning', 'DEP0030'],
  ]);
}));
