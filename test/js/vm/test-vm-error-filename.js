'use strict';
// An error thrown by code run in a context names the filename given to vm (with its line),
// is an instance of the context's Error (not ours), and keeps its message.
const common = require('../../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext({});
try {
  vm.runInContext('\n\nthrow new TypeError("from inside")', ctx, { filename: 'inside.vm' });
  assert.fail('did not throw');
} catch (e) {
  assert.strictEqual(e.message, 'from inside');
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e instanceof TypeError, false);
  assert.strictEqual(e instanceof vm.runInContext('TypeError', ctx), true);
  assert.match(e.stack, /inside\.vm:3/);
}
const script = new vm.Script('undefinedName + 1', { filename: 'named.js' });
assert.throws(() => script.runInNewContext({}), (e) => {
  assert.strictEqual(e.name, 'ReferenceError');
  assert.match(e.stack, /named\.js:1/);
  return true;
});
common.mustCall()();
