'use strict';
// The builtin module loader, run first with (host, primordials, tickInfo). Like Node's
// internal/bootstrap/realm, it owns `internalBinding` and the registry of core modules, and
// nothing in here is reachable from user code except through the public modules.

/* global host, primordials, tickInfo */
const {
  ArrayPrototypeIncludes,
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
};
for (const name of ['quit', 'Graal', 'print', 'printErr', 'load', 'loadWithNewGlobal', 'read',
  'readbuffer', 'readline', 'arguments', 'console', 'Polyglot', 'Java', 'Packages', 'java',
  'javax', 'com', 'org', 'edu', 'javafx']) {
  delete globalThis[name];
}

// ---- internalBinding ----
const bindingCache = new SafeMap();
function internalBinding(name) {
  let b = bindingCache.get(name);
  if (b === undefined) {
    b = host.get(name);
    if (b === null || b === undefined) throw new Error(`No such binding: ${name}`);
    bindingCache.set(name, b);
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
const publicIds = [];
for (const id of builtinIds) {
  if (!StringPrototypeStartsWith(id, 'internal/')) publicIds.push(id);
}
// Modules that exist only under the node: prefix, as in Node.
const schemeOnly = new SafeSet(['sea', 'sqlite', 'test', 'test/reporters']);

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

  // Whether user code may require(id) (without the node: prefix when `needsScheme` holds).
  static canBeRequiredByUsers(id) {
    return builtinIds.has(id) && !StringPrototypeStartsWith(id, 'internal/');
  }

  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id) && !schemeOnly.has(id);
  }

  static getSchemeOnlyModuleNames() {
    return [...schemeOnly];
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    return publicIds.filter((id) => !schemeOnly.has(id));
  }

  static require(id) {
    let mod = BuiltinModule.map.get(id);
    if (mod === undefined) {
      if (!builtinIds.has(id)) {
        const err = new Error(`No such built-in module: ${id}`);
        err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw err;
      }
      mod = new BuiltinModule(id);
      BuiltinModule.map.set(id, mod);
    }
    if (mod.loaded || mod.loading) return mod.exports;
    mod.loading = true;
    try {
      const fn = builtins.compile(id);
      ReflectApply(fn, undefined, [mod.exports, requireBuiltin, mod, process, internalBinding, primordials]);
      mod.loaded = true;
    } finally {
      mod.loading = false;
    }
    return mod.exports;
  }
}

function requireBuiltin(id) {
  return BuiltinModule.require(id);
}

// Register this loader itself so internals can reach it as require('internal/bootstrap/realm').
const realmModule = new BuiltinModule('internal/bootstrap/realm');
realmModule.exports = { BuiltinModule, internalBinding, engine, tickInfo, process };
realmModule.loaded = true;
BuiltinModule.map.set(realmModule.id, realmModule);

// node.js sets up process and the globals and returns the hooks the Java loop calls.
return requireBuiltin('internal/bootstrap/node');
