'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const req = require('module').createRequire(path.join(fixture, 'index.js'));
const a = req('cyc-a');
const b = req('cyc-b');
// b saw a's partial exports while a was still loading.
assert.strictEqual(b.sawAWhileLoading, false);
assert.strictEqual(a.sawB, true);
assert.strictEqual(a.loaded, true);
assert.strictEqual(b.loaded, true);
