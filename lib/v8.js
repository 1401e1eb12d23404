'use strict';
// node:v8. The serializer is V8's wire format written in JS (internal/v8/serdes); heap facts
// come from the JVM, whose heap all runtimes of the process share. What only V8 can do
// (heap snapshots, coverage, V8 flags, CPU profiles) throws ERR_NODE4J_UNSUPPORTED.

const {
  ObjectFreeze,
  StringPrototypeCharCodeAt,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  DefaultDeserializer,
  DefaultSerializer,
  Deserializer,
  Serializer,
} = require('internal/v8/serdes');

const binding = internalBinding('v8');

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  if (!ArrayBufferIsViewSafe(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

function ArrayBufferIsViewSafe(v) {
  return primordials.ArrayBufferIsView(v);
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function getHeapStatistics() {
  const s = binding.heapStatistics();
  return {
    total_heap_size: s[0],
    total_heap_size_executable: s[1],
    total_physical_size: s[2],
    total_available_size: s[3],
    used_heap_size: s[4],
    heap_size_limit: s[5],
    malloced_memory: s[6],
    peak_malloced_memory: s[7],
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: s[8],
  };
}

// The JVM's heap pools (names are the JVM's, not V8's spaces).
function getHeapSpaceStatistics() {
  const s = binding.heapSpaces();
  const out = [];
  for (let i = 0; i + 4 < s.length; i += 5) {
    out[out.length] = {
      space_name: s[i],
      space_size: s[i + 1],
      space_used_size: s[i + 2],
      space_available_size: s[i + 3],
      physical_space_size: s[i + 4],
    };
  }
  return out;
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (StringPrototypeCharCodeAt(content, i) > 0xff) return false;
  }
  return true;
}

function unsupported(name) {
  return function() {
    throw new ERR_NODE4J_UNSUPPORTED(`v8.${name}`);
  };
}

class GCProfiler {
  constructor() {
    throw new ERR_NODE4J_UNSUPPORTED('v8.GCProfiler');
  }
}

const promiseHooks = ObjectFreeze({
  onInit: unsupported('promiseHooks.onInit'),
  onSettled: unsupported('promiseHooks.onSettled'),
  onBefore: unsupported('promiseHooks.onBefore'),
  onAfter: unsupported('promiseHooks.onAfter'),
  createHook: unsupported('promiseHooks.createHook'),
});

const startupSnapshot = ObjectFreeze({
  isBuildingSnapshot: () => false,
  addSerializeCallback: unsupported('startupSnapshot.addSerializeCallback'),
  addDeserializeCallback: unsupported('startupSnapshot.addDeserializeCallback'),
  setDeserializeMainFunction: unsupported('startupSnapshot.setDeserializeMainFunction'),
});

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: unsupported('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics: unsupported('getHeapCodeStatistics'),
  getCppHeapStatistics: unsupported('getCppHeapStatistics'),
  setFlagsFromString(flags) {
    validateString(flags, 'flags');
    throw new ERR_NODE4J_UNSUPPORTED('v8.setFlagsFromString');
  },
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: unsupported('takeCoverage'),
  stopCoverage: unsupported('stopCoverage'),
  serialize,
  writeHeapSnapshot: unsupported('writeHeapSnapshot'),
  promiseHooks,
  queryObjects: unsupported('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit: unsupported('setHeapSnapshotNearHeapLimit'),
  GCProfiler,
  isStringOneByteRepresentation,
  startCpuProfile: unsupported('startCpuProfile'),
};
