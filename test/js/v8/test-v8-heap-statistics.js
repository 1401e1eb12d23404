'use strict';
// Heap statistics have V8's shape, with plausible numbers.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const s = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(s), ['total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory',
  'does_zap_garbage', 'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory']);
for (const k of Object.keys(s)) assert.strictEqual(typeof s[k], 'number', k);
assert.ok(s.used_heap_size > 0);
assert.ok(s.heap_size_limit >= s.used_heap_size);
const spaces = v8.getHeapSpaceStatistics();
assert.ok(Array.isArray(spaces) && spaces.length > 0);
assert.deepStrictEqual(Object.keys(spaces[0]),
  ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
const tag = v8.cachedDataVersionTag();
assert.strictEqual(typeof tag, 'number');
assert.strictEqual(tag, v8.cachedDataVersionTag());
assert.strictEqual(v8.isStringOneByteRepresentation('abc'), true);
assert.strictEqual(v8.isStringOneByteRepresentation('€'), false);
assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
