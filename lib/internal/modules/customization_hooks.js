'use strict';
// module.registerHooks(): synchronous resolve/load hooks, run in-thread for import and
// require() alike. Hooks chain last-registered-first; each gets the next one (ending in the
// default resolution or loading) and must call it or return `shortCircuit: true`.

const {
  ArrayBufferIsView,
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  ObjectFreeze,
  ObjectPrototypeToString,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_PROPERTY_VALUE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');

const resolveHooks = [];
const loadHooks = [];

class ModuleHooks {
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
  }

  deregister() {
    remove(resolveHooks, this.resolve);
    remove(loadHooks, this.load);
  }
}

function remove(list, fn) {
  const i = fn === undefined ? -1 : ArrayPrototypeIndexOf(list, fn);
  if (i !== -1) ArrayPrototypeSplice(list, i, 1);
}

function registerHooks(hooks) {
  const { resolve, load } = hooks;
  if (resolve !== undefined && typeof resolve !== 'function') throw new ERR_INVALID_ARG_TYPE('hooks.resolve', 'function', resolve);
  if (load !== undefined && typeof load !== 'function') throw new ERR_INVALID_ARG_TYPE('hooks.load', 'function', load);
  if (resolve !== undefined) ArrayPrototypePush(resolveHooks, resolve);
  if (load !== undefined) ArrayPrototypePush(loadHooks, load);
  // the loaders look for hooks only once some exist
  require('internal/modules/cjs/loader').customization.hooks = module.exports;
  return new ModuleHooks(resolve, load);
}

function hasHooks() {
  return resolveHooks.length > 0 || loadHooks.length > 0;
}

// Runs hooks[i] (then i-1, …) over `input`, ending in `last(input, context)`.
function runChain(name, hooks, i, input, context, last) {
  if (i < 0) return last(input, context);
  let calledNext = false;
  const next = (nextInput, nextContext = context) => {
    calledNext = true;
    return runChain(name, hooks, i - 1, nextInput, { __proto__: null, ...context, ...nextContext }, last);
  };
  const result = hooks[i](input, context, next);
  if (!calledNext && result?.shortCircuit !== true) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('true', name, 'shortCircuit', result?.shortCircuit);
  }
  if (result === null || typeof result !== 'object') throw new ERR_INVALID_RETURN_VALUE('an object', name, result);
  return result;
}

// -> { url, format }
function resolveWithHooks(specifier, context, defaultResolve) {
  const result = runChain('resolve', resolveHooks, resolveHooks.length - 1, specifier, context, defaultResolve);
  if (typeof result.url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', 'resolve', 'url', result.url);
  }
  return result;
}

// -> { format, source }
function loadWithHooks(url, context, defaultLoad) {
  const result = runChain('load', loadHooks, loadHooks.length - 1, url, context, defaultLoad);
  const { source } = result;
  if (source !== undefined && source !== null && typeof source !== 'string' && !ArrayBufferIsView(source) &&
      ObjectPrototypeToString(source) !== '[object ArrayBuffer]') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', 'load', 'source', source);
  }
  return result;
}

// A hook's source as text.
function sourceText(source) {
  if (typeof source === 'string') return source;
  const { Buffer } = require('buffer');
  if (ArrayBufferIsView(source)) return Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8');
  return Buffer.from(source).toString('utf8');
}

module.exports = ObjectFreeze({ __proto__: null, hasHooks, loadWithHooks, registerHooks, resolveWithHooks, sourceText });
