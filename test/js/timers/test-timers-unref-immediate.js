'use strict';
const assert = require('assert');
const common = require('../../common');
// An unref'd immediate alone lets the process exit without running it.
const im = setImmediate(common.mustNotCall()).unref();
assert.strictEqual(im.hasRef(), false);
assert.strictEqual(im.ref().hasRef(), true);
im.unref();
