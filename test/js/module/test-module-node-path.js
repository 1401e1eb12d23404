'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const Module = require('module');
process.env.NODE_PATH = path.join(fixture, 'node_modules');
Module._initPaths();
assert.strictEqual(Module.globalPaths[0], path.join(fixture, 'node_modules'));
assert.strictEqual(require('dir-index'), 'dir-index');
