'use strict';
const assert = require('assert');
const common = require('../../common');
const start = Date.now();
let refreshed = false;
const t = setTimeout(common.mustCall(() => {
  assert.ok(refreshed);
  assert.ok(Date.now() - start >= 250, `fired after ${Date.now() - start}ms`);
}), 200);
setTimeout(common.mustCall(() => {
  assert.strictEqual(t.refresh(), t);
  refreshed = true;
}), 50);
