'use strict';
const assert = require('assert');
const common = require('../../common');
// An unref'd timer alone does not keep the process alive.
const t = setTimeout(common.mustNotCall(), 100000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
const i = setInterval(common.mustNotCall(), 100000).unref();
assert.strictEqual(i.hasRef(), false);
// But an unref'd timer still fires while something else keeps the loop alive.
const fires = setTimeout(common.mustCall(), 1).unref();
setTimeout(common.mustCall(), 30);
assert.strictEqual(fires.ref().unref(), fires);
