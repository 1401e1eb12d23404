'use strict';
const assert = require('assert');
const common = require('../../common');
setTimeout(common.mustCall((a, b, c, d) => {
  assert.deepStrictEqual([a, b, c, d], [1, 'two', 3, 4]);
}), 1, 1, 'two', 3, 4);
setImmediate(common.mustCall((a, b) => assert.deepStrictEqual([a, b], ['x', 'y'])), 'x', 'y');
process.nextTick(common.mustCall((a, b, c) => assert.deepStrictEqual([a, b, c], [1, 2, 3])), 1, 2, 3);
const iv = setInterval(common.mustCall((x) => {
  assert.strictEqual(x, 'arg');
  clearInterval(iv);
}), 1, 'arg');
