'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const req = require('module').createRequire(path.join(fixture, 'index.js'));
// The host package finds its own nested copy first; the top level sees the hoisted one.
assert.strictEqual(req('nested-host').dep.version, '2.0.0');
assert.strictEqual(req('dep').version, '1.0.0');
assert.strictEqual(require(path.join(fixture, 'app/lib/uses-dep.js')).version, '1.0.0');
