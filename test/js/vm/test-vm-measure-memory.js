'use strict';
// measureMemory validates its options; node4j rejects cleanly (it cannot measure per context).
const common = require('../../common');
const assert = require('assert');
const vm = require('vm');

assert.throws(() => vm.measureMemory({ mode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.mode' must be one of: 'summary', 'detailed'. Received 'x'",
});
assert.throws(() => vm.measureMemory(1), { code: 'ERR_INVALID_ARG_TYPE' });
if (common.isNode4j) {
  const p = vm.measureMemory();
  assert.ok(p instanceof Promise);
  p.then(common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_NODE4J_UNSUPPORTED');
  }));
}
