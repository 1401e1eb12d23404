'use strict';
// The globals of a Node 24 realm. Each is loaded on first use (start-up is our scarcest
// resource) and becomes a plain data property then, with Node's attributes. A global whose
// module does not exist yet is left out, so `typeof X` feature checks stay truthful.

const {
  ObjectDefineProperty,
} = primordials;

const { BuiltinModule } = require('internal/bootstrap/realm');

// name: [module id, export name, enumerable]
const lazyGlobals = {
  __proto__: null,
  clearImmediate: ['timers', 'clearImmediate', true],
  setImmediate: ['timers', 'setImmediate', true],
  clearInterval: ['timers', 'clearInterval', true],
  clearTimeout: ['timers', 'clearTimeout', true],
  setInterval: ['timers', 'setInterval', true],
  setTimeout: ['timers', 'setTimeout', true],
  queueMicrotask: ['internal/process/task_queues', 'queueMicrotask', true],
  structuredClone: ['internal/structured_clone', 'structuredClone', true],
  atob: ['buffer', 'atob', true],
  btoa: ['buffer', 'btoa', true],
  console: ['internal/console/global', 'console', false],
  URL: ['internal/url', 'URL', false],
  URLSearchParams: ['internal/url', 'URLSearchParams', false],
  DOMException: ['internal/per_context/domexception', 'DOMException', false],
  AbortController: ['internal/abort_controller', 'AbortController', false],
  AbortSignal: ['internal/abort_controller', 'AbortSignal', false],
  Event: ['internal/event_target', 'Event', false],
  EventTarget: ['internal/event_target', 'EventTarget', false],
  CustomEvent: ['internal/event_target', 'CustomEvent', false],
  TextEncoder: ['internal/encoding', 'TextEncoder', false],
  TextDecoder: ['internal/encoding', 'TextDecoder', false],
  BroadcastChannel: ['internal/worker/io', 'BroadcastChannel', false],
  MessageChannel: ['internal/worker/io', 'MessageChannel', false],
  MessagePort: ['internal/worker/io', 'MessagePort', false],
  MessageEvent: ['internal/worker/io', 'MessageEvent', false],
  Blob: ['internal/blob', 'Blob', false],
  File: ['internal/file', 'File', false],
  Performance: ['internal/perf/performance', 'Performance', false],
  performance: ['internal/perf/performance', 'performance', true],
  PerformanceEntry: ['internal/perf/performance', 'PerformanceEntry', false],
  PerformanceMark: ['internal/perf/performance', 'PerformanceMark', false],
  PerformanceMeasure: ['internal/perf/performance', 'PerformanceMeasure', false],
  PerformanceObserver: ['internal/perf/performance', 'PerformanceObserver', false],
  PerformanceObserverEntryList: ['internal/perf/performance', 'PerformanceObserverEntryList', false],
  fetch: ['internal/fetch', 'fetch', true],
  FormData: ['internal/fetch', 'FormData', false],
  Headers: ['internal/fetch', 'Headers', false],
  Request: ['internal/fetch', 'Request', false],
  Response: ['internal/fetch', 'Response', false],
  WebSocket: ['internal/websocket', 'WebSocket', false],
  crypto: ['internal/crypto/webcrypto', 'crypto', true],
  Crypto: ['internal/crypto/webcrypto', 'Crypto', false],
  CryptoKey: ['internal/crypto/webcrypto', 'CryptoKey', false],
  SubtleCrypto: ['internal/crypto/webcrypto', 'SubtleCrypto', false],
  Navigator: ['internal/navigator', 'Navigator', false],
  navigator: ['internal/navigator', 'navigator', true],
};
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream']) {
  lazyGlobals[name] = ['stream/web', name, false];
}

function defineLazy(global, name, id, key, enumerable) {
  ObjectDefineProperty(global, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      const value = require(id)[key];
      ObjectDefineProperty(global, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      ObjectDefineProperty(global, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
    },
  });
}

function setup(global, process) {
  ObjectDefineProperty(global, 'global', {
    __proto__: null, value: global, writable: true, configurable: true, enumerable: true,
  });
  ObjectDefineProperty(global, 'process', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return process; },
    set(value) {
      ObjectDefineProperty(global, 'process', { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
  if (BuiltinModule.exists('buffer')) {
    ObjectDefineProperty(global, 'Buffer', {
      __proto__: null, configurable: true, enumerable: false,
      get() { return require('buffer').Buffer; },
      set(value) {
        ObjectDefineProperty(global, 'Buffer', { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
  for (const name in lazyGlobals) {
    const [id, key, enumerable] = lazyGlobals[name];
    if (BuiltinModule.exists(id)) defineLazy(global, name, id, key, enumerable);
  }
}

module.exports = { setup };
