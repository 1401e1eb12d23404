'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const r = require(path.join(fixture, 'node_modules/main-pkg'));
assert.strictEqual(r.name, 'main-pkg');
assert.strictEqual(r.file, path.join(fixture, 'node_modules/main-pkg/lib/entry.js'));
// A subpath of a package without "exports" is a plain file lookup.
const { createRequire } = require('module');
const req = createRequire(path.join(fixture, 'index.js'));
assert.strictEqual(req('main-pkg').name, 'main-pkg');
assert.strictEqual(req('main-pkg/other'), 'main-pkg/other');
assert.strictEqual(req('dir-index'), 'dir-index');
