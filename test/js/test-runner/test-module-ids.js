const assert = require('node:assert');
const test = require('node:test');
assert.strictEqual(typeof test, 'function');
assert.strictEqual(test.test, test);
for (const name of ['describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach', 'run']) {
  assert.strictEqual(typeof test[name], 'function', name);
}
for (const name of ['skip', 'todo', 'only']) {
  assert.strictEqual(typeof test[name], 'function');
  assert.strictEqual(typeof test.describe[name], 'function');
  assert.strictEqual(typeof test.it[name], 'function');
}
assert.strictEqual(typeof test.mock.fn, 'function');
assert.strictEqual(typeof test.snapshot.setDefaultSnapshotSerializers, 'function');
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('test/reporters'), { code: 'MODULE_NOT_FOUND' });
const reporters = require('node:test/reporters');
assert.deepStrictEqual(Object.keys(reporters).sort(), ['dot', 'junit', 'lcov', 'spec', 'tap']);
assert.strictEqual(typeof reporters.tap, 'function');
assert.strictEqual(typeof reporters.spec, 'function');
assert.ok(require('node:module').isBuiltin('node:test'));
assert.ok(!require('node:module').isBuiltin('test'));
