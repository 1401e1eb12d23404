'use strict';
// node:vm. A context is a GraalJS realm (V8's d8 Realm API, js.v8-realm-builtin): a real
// separate global with its own built-ins, in the same engine context, so objects keep their
// identity when they cross. V8 intercepts every global access of a contextified object; we
// cannot, so the sandbox and the realm's global are kept in step around each run: the
// sandbox's properties appear on the global as accessors that read and write the sandbox, and
// globals the code creates are copied back (and then forwarded) when the run ends.
// Timeouts interrupt the engine context from a watchdog (contextify.callWithTimeout).

const {
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  MathFloor,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  Promise,
  ReflectOwnKeys,
  SafeSet,
  SafeWeakMap,
  StringPrototypeRepeat,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NODE4J_UNSUPPORTED,
    ERR_OUT_OF_RANGE,
    ERR_SCRIPT_EXECUTION_TIMEOUT,
  },
} = require('internal/errors');
const { validateObject, validateString, validateArray } = require('internal/validators');
const { engine, hideEngineGlobals } = require('internal/bootstrap/realm');

const contextify = internalBinding('contextify');
const Realm = engine.Realm;

const constants = ObjectFreeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// contextified object (or a DONT_CONTEXTIFY global) -> its realm
const contexts = new SafeWeakMap();

class ContextRealm {
  constructor(sandbox) {
    this.index = Realm.create();
    this.global = Realm.global(this.index);
    hideEngineGlobals(this.global);
    delete this.global.performance; // GraalJS's; a V8 context has none
    this.sandbox = sandbox;
    this.builtins = new SafeSet(ReflectOwnKeys(this.global));
    this.forwarded = new SafeSet();
  }

  // The sandbox's properties, as accessors on the global that go to the sandbox.
  enter() {
    const { sandbox, global, forwarded } = this;
    if (sandbox === global) return;
    const keys = ReflectOwnKeys(sandbox);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (forwarded.has(key)) continue;
      const d = ObjectGetOwnPropertyDescriptor(global, key);
      if (d !== undefined && !d.configurable) continue;
      forward(global, sandbox, key);
      forwarded.add(key);
    }
  }

  // Globals the code made (var, function, assignments) go to the sandbox too.
  leave() {
    const { sandbox, global, forwarded, builtins } = this;
    if (sandbox === global) return;
    const keys = ReflectOwnKeys(global);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (forwarded.has(key) || builtins.has(key)) continue;
      const d = ObjectGetOwnPropertyDescriptor(global, key);
      sandbox[key] = 'value' in d ? d.value : global[key];
      if (d.configurable) {
        forward(global, sandbox, key);
        forwarded.add(key);
      }
    }
  }

  eval(code) {
    this.enter();
    try {
      return Realm.eval(this.index, code);
    } finally {
      this.leave();
    }
  }
}

function forward(global, sandbox, key) {
  ObjectDefineProperty(global, key, {
    __proto__: null,
    get() { return sandbox[key]; },
    set(v) { sandbox[key] = v; },
    enumerable: true,
    configurable: true,
  });
}

function isContext(object) {
  validateObject(object, 'object', { __proto__: null, allowArray: true, allowFunction: true });
  return contexts.has(object);
}

function createContext(contextObject = {}, options = undefined) {
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const realm = new ContextRealm(undefined);
    realm.sandbox = realm.global;
    contexts.set(realm.global, realm);
    return realm.global;
  }
  validateObject(contextObject, 'object', { __proto__: null, allowArray: true, allowFunction: true });
  if (contexts.has(contextObject)) return contextObject;
  if (options !== undefined) validateObject(options, 'options');
  if (options?.microtaskMode !== undefined && options.microtaskMode !== 'afterEvaluate') {
    throw new ERR_INVALID_ARG_VALUE('options.microtaskMode', options.microtaskMode, "must be 'afterEvaluate' or undefined");
  }
  if (options?.microtaskMode === 'afterEvaluate') {
    throw new ERR_NODE4J_UNSUPPORTED("vm.createContext() with microtaskMode: 'afterEvaluate'");
  }
  contexts.set(contextObject, new ContextRealm(contextObject));
  return contextObject;
}

function realmOf(contextifiedObject) {
  const realm = contextifiedObject !== null && typeof contextifiedObject === 'object' ?
    contexts.get(contextifiedObject) : undefined;
  if (realm === undefined) {
    const err = new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
    err.message = err.message.replace('must be of type vm.Context', 'must be an vm.Context')
      .replace('must be an instance of vm.Context', 'must be an vm.Context');
    throw err;
  }
  return realm;
}

function validateTimeout(timeout) {
  if (timeout === undefined) return;
  if (typeof timeout !== 'number') throw new ERR_INVALID_ARG_TYPE('options.timeout', 'number', timeout);
  if (!(timeout >= 1 && timeout <= 4294967295) || timeout !== MathFloor(timeout)) {
    throw new ERR_OUT_OF_RANGE('options.timeout', '>= 1 && <= 4294967295', timeout);
  }
}

function withTimeout(timeout, fn) {
  if (timeout === undefined) return fn();
  const result = contextify.callWithTimeout(fn, timeout);
  if (result === contextify.timedOut()) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
  return result;
}

function runOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined || options === null) return {};
  validateObject(options, 'options');
  validateTimeout(options.timeout);
  return options;
}

let scriptCount = 0;

class Script {
  #code;
  #filename;
  #prefix;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateString(filename, 'options.filename');
    if (typeof lineOffset !== 'number') throw new ERR_INVALID_ARG_TYPE('options.lineOffset', 'number', lineOffset);
    if (typeof columnOffset !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.columnOffset', 'number', columnOffset);
    }
    if (cachedData !== undefined && !primordials.ArrayBufferIsView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    // Line and column offsets: the code is moved down and right, so positions in stack traces
    // come out as if the code started there.
    this.#prefix = StringPrototypeRepeat('\n', lineOffset > 0 ? lineOffset : 0) +
      StringPrototypeRepeat(' ', columnOffset > 0 ? columnOffset : 0);
    this.#code = code;
    this.#filename = filename;
    contextify.checkScript(this.#prefix + code, filename);
    // The engine keeps its own code cache; V8's cached data is never accepted.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) {
      this.cachedDataProduced = false;
    }
    scriptCount++;
  }

  runInThisContext(options) {
    const { timeout } = runOptions(options);
    const source = this.#prefix + this.#code;
    return withTimeout(timeout, () => contextify.runScript(source, this.#filename));
  }

  runInContext(contextifiedObject, options) {
    const realm = realmOf(contextifiedObject);
    const { timeout } = runOptions(options);
    const source = `${this.#prefix}${this.#code}\n//# sourceURL=${this.#filename}`;
    return withTimeout(timeout, () => realm.eval(source));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    const { Buffer } = require('buffer');
    return Buffer.alloc(0);
  }
}

function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return undefined;
  const out = {};
  if (options.microtaskMode !== undefined) out.microtaskMode = options.microtaskMode;
  return out;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  realmOf(contextifiedObject);
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  validateObject(options, 'options');
  const {
    filename = '',
    parsingContext,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, { __proto__: null, nullable: true });
  }
  const paramList = ArrayPrototypeJoin(params, ', ');
  // Extensions are scopes around the function: `with` blocks in a sloppy wrapper (the
  // function itself may still be strict).
  const names = ArrayPrototypeMap(contextExtensions, (_, i) => `__node4j_ext${i}`);
  let head = '';
  let tail = '';
  for (let i = 0; i < names.length; i++) {
    head += `with (${names[i]}) { `;
    tail += ' }';
  }
  const wrapper = names.length === 0 ?
    `(function (${paramList}) {${code}\n})` :
    `(function (${ArrayPrototypeJoin(names, ', ')}) { ${head}return function (${paramList}) {${code}\n}${tail} })`;
  let fn;
  if (parsingContext !== undefined) {
    const realm = realmOf(parsingContext);
    realm.enter();
    fn = Realm.eval(realm.index, `${wrapper}\n//# sourceURL=${filename || 'evalmachine.<anonymous>'}`);
  } else {
    fn = contextify.runScript(wrapper, filename || 'evalmachine.<anonymous>');
  }
  if (names.length > 0) fn = primordials.ReflectApply(fn, undefined, contextExtensions);
  return fn;
}

function measureMemory(options = {}) {
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  if (mode !== 'summary' && mode !== 'detailed') {
    throw new ERR_INVALID_ARG_VALUE('options.mode', mode, "must be one of: 'summary', 'detailed'");
  }
  if (execution !== 'default' && execution !== 'eager') {
    throw new ERR_INVALID_ARG_VALUE('options.execution', execution, "must be one of: 'default', 'eager'");
  }
  return Promise.reject(new ERR_NODE4J_UNSUPPORTED('vm.measureMemory'));
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

// vm modules exist only behind --experimental-vm-modules, as in Node; node4j has none yet.
if (primordials.ArrayPrototypeIncludes(process.execArgv, '--experimental-vm-modules')) {
  const unsupportedModule = (name) => class {
    constructor() {
      throw new ERR_NODE4J_UNSUPPORTED(`vm.${name}`);
    }
  };
  module.exports.Module = unsupportedModule('Module');
  module.exports.SourceTextModule = unsupportedModule('SourceTextModule');
  module.exports.SyntheticModule = unsupportedModule('SyntheticModule');
}
