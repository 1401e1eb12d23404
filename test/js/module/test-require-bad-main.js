'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const req = require('module').createRequire(path.join(fixture, 'index.js'));
process.on('warning', (w) => { warnings.push(w.code); });
const warnings = [];
// An invalid "main" falls back to index.js with a DEP0128 warning.
assert.strictEqual(req('bad-main'), 'bad-main-index');
setImmediate(() => assert.deepStrictEqual(warnings, ['DEP0128']));
