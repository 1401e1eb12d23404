'use strict';
const assert = require('assert');
const common = require('../../common');
let n = 0;
const iv = setInterval(common.mustCall(function() {
  assert.strictEqual(this, iv);
  if (++n === 5) clearInterval(iv);
}, 5), 1);
process.on('exit', () => assert.strictEqual(n, 5));
