// import() from a .cts module, relative to the .cts file.
const common = require('../../common');
const assert = require('assert');
import('../../fixtures/typescript/esm.mts').then(common.mustCall((ns: { hello(n: string): string }) => {
  assert.strictEqual(ns.hello('d'), 'hi d');
}));
