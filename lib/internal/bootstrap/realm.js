'use strict';
// The builtin module loader, run first with (host, primordials, tickInfo). Like Node's
// internal/bootstrap/realm, it owns `internalBinding` and the registry of core modules, and
// nothing in here is reachable from user code except through the public modules.

/* global host, primordials, tickInfo */
const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ReflectApply,
  SafeMap,
  SafeSet,
  StringPrototypeStartsWith,
  SymbolToStringTag,
} = primordials;

// ---- Engine globals: capture what we need, then hide GraalJS's extras from user code ----
const engine = {
  // A hard context exit: unwinds all JS, skipping catch and finally (process.reallyExit).
  quit: globalThis.quit,
  setUnhandledRejectionHandler: globalThis.Graal?.setUnhandledPromiseRejectionHandler,
  graalVersion: globalThis.Graal?.versionGraalVM,
  // The AsyncContext proposal (js.async-context): AsyncLocalStorage's promise propagation.
  AsyncContext: globalThis.AsyncContext,
  // GraalJS's resolve hook for ES module imports (js.mle-mode): internal/modules/esm/loader.
  registerESMLookup: globalThis.MLE?.registerESMLookup,
  // Java classes for require('java:…'); it throws unless the runtime allows Java (--java).
  javaType: globalThis.Java?.type,
  // V8's d8 Realm API (js.v8-realm-builtin): vm contexts are realms with their own globals.
  Realm: globalThis.Realm,
};
// Also applied to every vm context's global (a realm of its own).
function hideEngineGlobals(g) {
  for (const name of ['quit', 'Graal', 'print', 'printErr', 'load', 'loadWithNewGlobal', 'read',
    'readbuffer', 'readline', 'arguments', 'console', 'Polyglot', 'Java', 'Packages', 'java',
    'javax', 'com', 'org', 'edu', 'javafx', 'AsyncContext', 'MLE', 'Realm']) {
    delete g[name];
  }

  // GraalJS's 'staging' level has proposals Node 24 (V8 13.6) does not ship; remove them so
  // feature detection sees exactly Node's built-ins.
  delete g.Iterator.concat;
  delete g.Map.prototype.getOrInsert;
  delete g.Map.prototype.getOrInsertComputed;
  delete g.WeakMap.prototype.getOrInsert;
  delete g.WeakMap.prototype.getOrInsertComputed;
  delete g.Math.sumPrecise;
  delete g.String.dedent;
  delete g.Uint8Array.fromBase64;
  delete g.Uint8Array.fromHex;
  delete g.Uint8Array.prototype.setFromBase64;
  delete g.Uint8Array.prototype.setFromHex;
  delete g.Uint8Array.prototype.toBase64;
  delete g.Uint8Array.prototype.toHex;
  delete g.FinalizationRegistry.prototype.cleanupSome;
}
hideEngineGlobals(globalThis);

// ---- internalBinding ----
const bindingCache = new SafeMap();
// process.moduleLoadList: what bootstrap and user code loaded, in order, as Node lists it.
const moduleLoadList = [];
function internalBinding(name) {
  let b = bindingCache.get(name);
  if (b === undefined) {
    b = host.get(name);
    if (b === null || b === undefined) throw new Error(`No such binding: ${name}`);
    bindingCache.set(name, b);
    ArrayPrototypePush(moduleLoadList, `Internal Binding ${name}`);
  }
  return b;
}

// ---- The process object: plain now; node.js makes it an EventEmitter. ----
const processProto = ObjectCreate(Object.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true },
});
const process = ObjectCreate(processProto);

// ---- Core modules ----
const builtins = internalBinding('builtins');
const builtinIds = new SafeSet(builtins.ids());
// NODE4J_TRACE_STARTUP: each module's load time goes to stderr (docs/performance.md).
const tracing = builtins.tracing();
let traceDepth = 0;
// Modules that exist only under the node: prefix, as in Node.
const schemeOnly = new SafeSet(['sea', 'sqlite', 'test', 'test/reporters']);
// Node 24's public builtins. One without a lib/ file yet is still a builtin: requiring it
// throws ERR_NODE4J_UNSUPPORTED naming it, rather than pretending it does not exist.
const nodeBuiltinIds = ['_http_agent', '_http_client', '_http_common', '_http_incoming',
  '_http_outgoing', '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap', 'assert',
  'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants',
  'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net',
  'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring',
  'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises',
  'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events',
  'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib', 'sea',
  'sqlite', 'test', 'test/reporters'];
const publicIdSet = new SafeSet(nodeBuiltinIds);

class BuiltinModule {
  static map = new SafeMap();

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) {
    return builtinIds.has(id);
  }

  // Whether user code may require(id) (with the node: prefix; see canBeRequiredWithoutScheme).
  static canBeRequiredByUsers(id) {
    return publicIdSet.has(id);
  }

  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id) && !schemeOnly.has(id);
  }

  static getSchemeOnlyModuleNames() {
    return [...schemeOnly];
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    return nodeBuiltinIds.filter((id) => !schemeOnly.has(id));
  }

  static require(id) {
    let mod = BuiltinModule.map.get(id);
    if (mod === undefined) {
      if (!builtinIds.has(id)) {
        if (publicIdSet.has(id)) {
          const { codes: { ERR_NODE4J_UNSUPPORTED } } = requireBuiltin('internal/errors');
          throw new ERR_NODE4J_UNSUPPORTED(`The '${id}' module`);
        }
        const err = new Error(`No such built-in module: ${id}`);
        err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw err;
      }
      mod = new BuiltinModule(id);
      BuiltinModule.map.set(id, mod);
    }
    if (mod.loaded || mod.loading) return mod.exports;
    mod.loading = true;
    ArrayPrototypePush(moduleLoadList, `NativeModule ${id}`);
    const start = tracing ? builtins.threadCpuMicros() : 0;
    if (tracing) traceDepth++;
    try {
      const fn = builtins.compile(id);
      ReflectApply(fn, undefined, [mod.exports, requireBuiltin, mod, process, internalBinding, primordials]);
      mod.loaded = true;
    } finally {
      mod.loading = false;
      if (tracing) builtins.traceModule(id, --traceDepth, start);
    }
    return mod.exports;
  }
}

function requireBuiltin(id) {
  return BuiltinModule.require(id);
}

// Register this loader itself so internals can reach it as require('internal/bootstrap/realm').
const realmModule = new BuiltinModule('internal/bootstrap/realm');
realmModule.exports = { BuiltinModule, internalBinding, engine, hideEngineGlobals, tickInfo, process, moduleLoadList };
realmModule.loaded = true;
BuiltinModule.map.set(realmModule.id, realmModule);

// node.js sets up process and the globals and returns the hooks the Java loop calls.
return requireBuiltin('internal/bootstrap/node');
