'use strict';
// What only V8 can do says so under node4j (Node 24 does it).
const common = require('../../common');
const assert = require('assert');
const v8 = require('v8');

assert.throws(() => v8.setFlagsFromString(1), { code: 'ERR_INVALID_ARG_TYPE' });
if (common.isNode4j) {
  assert.throws(() => v8.setFlagsFromString('--expose-gc'), { code: 'ERR_NODE4J_UNSUPPORTED' });
  assert.throws(() => v8.writeHeapSnapshot(), { code: 'ERR_NODE4J_UNSUPPORTED' });
  assert.throws(() => v8.getHeapSnapshot(), { code: 'ERR_NODE4J_UNSUPPORTED' });
  assert.throws(() => new v8.GCProfiler(), { code: 'ERR_NODE4J_UNSUPPORTED' });
} else {
  assert.strictEqual(typeof v8.setFlagsFromString('--no-expose-gc'), 'undefined');
}
for (const name of ['cachedDataVersionTag', 'getHeapStatistics', 'serialize', 'deserialize', 'Serializer',
  'DefaultDeserializer', 'setFlagsFromString', 'writeHeapSnapshot', 'takeCoverage', 'stopCoverage']) {
  assert.strictEqual(typeof v8[name], 'function', name);
}
