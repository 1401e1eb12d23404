'use strict';
// require() of ES modules (Node 24): a synchronous graph returns its namespace; one with
// top-level await throws ERR_REQUIRE_ASYNC_MODULE.
require('../../common');
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '../../fixtures/esm');

// a default export: the namespace also says __esModule, for transpiled callers
const target = require('../../fixtures/esm/req-target.mjs');
assert.deepStrictEqual(Object.keys(target), ['__esModule', 'default', 'named']);
assert.strictEqual(target.__esModule, true);
assert.strictEqual(target.default, 'default-value');
assert.strictEqual(target.named, 'named');
assert.strictEqual(target[Symbol.toStringTag], 'Module');

const noDefault = require('../../fixtures/esm/req-no-default.mjs');
assert.deepStrictEqual(Object.keys(noDefault), ['only']);

// an export named 'module.exports' is what require() returns
assert.deepStrictEqual(require('../../fixtures/esm/req-module-exports.mjs'), { custom: true });

// a package with "type": "module" and an ESM-only package
const esmOnly = require('../../fixtures/esm/pkg/node_modules/esm-only/lib/index.js');
assert.strictEqual(esmOnly.esmOnly, 'yes');
assert.strictEqual(esmOnly.default(), 'hello');
assert.strictEqual(require('../../fixtures/esm/type-module/lib.js').typed, 'undefined');
// .cjs is CommonJS whatever the package says
assert.strictEqual(require('../../fixtures/esm/type-module/forced.cjs').cjsInModuleScope, true);

// a .js file with ES module syntax and no "type": detected as ESM
const detected = require('../../fixtures/esm/cjs/ambiguous-esm.js');
assert.strictEqual(detected.detected, 'esm0');

assert.throws(() => require('../../fixtures/esm/tla/sync-imports-async.mjs'), (err) => {
  assert.strictEqual(err.code, 'ERR_REQUIRE_ASYNC_MODULE');
  assert.strictEqual(err.message,
    'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
    'To see where the top-level await comes from, use --experimental-print-required-tla.\n' +
    `Required module: ${fixtures}/tla/sync-imports-async.mjs\n` +
    `Require stack:\n- ${__filename}`);
  return true;
});

// required and imported: one instance
import('../../fixtures/esm/req-no-default.mjs').then((ns) => {
  assert.strictEqual(ns.only, noDefault.only);
  assert.strictEqual(ns, noDefault);
});
