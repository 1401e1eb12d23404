'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const req = require('module').createRequire(path.join(fixture, 'index.js'));
// "require" wins over "default"; "import" is ignored by require().
assert.strictEqual(req('cond-pkg'), 'cond-require');
// Nested conditions: node -> require.
assert.strictEqual(req('cond-pkg/feature'), 'feature-node');
assert.strictEqual(req('cond-pkg/package.json').version, '2.0.0');
assert.strictEqual(req.resolve('cond-pkg'), path.join(fixture, 'node_modules/cond-pkg/dist/index.cjs'));
