'use strict';
// register() from CommonJS, with the file's URL as parentURL: the hooks serve import(), while
// require() does not go through asynchronous hooks (as in Node).
const common = require('../../common');
const assert = require('assert');
const { register } = require('module');
const { pathToFileURL } = require('url');

register('../../fixtures/module-register/virtual.mjs', pathToFileURL(__filename));
assert.throws(() => require('virtual:answer'), { code: 'MODULE_NOT_FOUND' });
import('virtual:answer').then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, 42);
}));
