'use strict';
// module.register(): asynchronous resolve/load hooks, run on a hooks thread of their own
// (internal/modules/esm/hooks_thread), as in Node. GraalJS asks for each module
// synchronously, so the main thread sends each request and waits for the answer, as Node's
// main thread does. The hooks apply to import (static and dynamic) and to the entry point
// when registered before it (--import, -r); require() goes through them only for the entry
// point, as Node's CommonJS loader does for modules it loads itself.

const {
  ArrayPrototypePush,
  JSONStringify,
  ObjectKeys,
} = primordials;

let thread;
let active = false;

function wire() {
  return require('internal/worker/io').wire();
}

function start() {
  const { encode } = wire();
  const env = [];
  const keys = ObjectKeys(process.env);
  for (let i = 0; i < keys.length; i++) ArrayPrototypePush(env, keys[i], process.env[keys[i]]);
  return internalBinding('worker').startHooksThread(env, encode(undefined, undefined, undefined), null, onEvent);
}

// What the hooks thread tells us: its console output, and an uncaught error (which ends the
// process, as in Node).
function onEvent(kind, payload) {
  switch (kind) {
    case 'stdout':
    case 'stderr': {
      const { Buffer } = require('buffer');
      process[kind].write(Buffer.from(new Uint8Array(new ArrayBuffer(payload))));
      break;
    }
    case 'error': {
      const err = wire().decode(payload).value;
      require('internal/process/execution').triggerUncaughtException(err, false);
      break;
    }
    default:
      break;
  }
}

// Sends a request and waits for its answer; a hook's error is thrown here.
function request(value, transferList) {
  thread ??= start();
  const { encode, decode } = wire();
  const reply = thread.request(encode(value, transferList, undefined));
  if (reply === null) {
    if (thread.neverSettled()) {
      // Node leaves such an import pending; GraalJS needs an answer now
      const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
      throw new ERR_NODE4J_UNSUPPORTED(`an import whose module.register() hook never settles (${value.type} of ` +
        `${value.specifier ?? value.url})`);
    }
    const err = new Error('The module customization hooks thread exited');
    err.code = 'ERR_INTERNAL_ASSERTION';
    throw err;
  }
  const answer = decode(reply).value;
  if (answer.threw === true) {
    const { error, props } = answer;
    if (error !== null && typeof error === 'object') {
      const keys = ObjectKeys(props);
      for (let i = 0; i < keys.length; i++) error[keys[i]] = props[keys[i]];
    }
    throw error;
  }
  return answer.value;
}

function isURL(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string';
}

function register(specifier, parentURL = undefined, options) {
  if (parentURL !== null && typeof parentURL === 'object' && !isURL(parentURL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  parentURL ??= 'data:';
  const data = options?.data;
  const transferList = options?.transferList;
  request({ __proto__: null, type: 'register', specifier: `${specifier}`, parentURL: `${parentURL}`, data }, transferList);
  active = true;
  // the CommonJS loader checks this before running the entry point
  require('internal/modules/cjs/loader').customization.async = true;
}

function isActive() {
  return active;
}

// -> { url, format }
function resolve(specifier, context) {
  const { conditions, importAttributes, parentURL } = context;
  return request({ __proto__: null, type: 'resolve', specifier,
    context: plainContext({ conditions, importAttributes, parentURL }, context, undefined) });
}

// -> { format, source }
function load(url, context) {
  const { format, importAttributes } = context;
  return request({ __proto__: null, type: 'load', url,
    context: plainContext({ format, importAttributes }, context, 'conditions') });
}

// The context as Node's main thread sends it (its own keys first, in Node's order), plus
// what synchronous hooks added; a plain object, as null-prototype ones do not cross.
function plainContext(out, context, leaveOut) {
  const keys = ObjectKeys(context);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== leaveOut && !(k in out) && context[k] !== undefined) out[k] = context[k];
  }
  return out;
}

// --loader / --experimental-loader: register each, with Node's warning.
function registerLoaders(loaders) {
  if (loaders.length === 0) return;
  const { pathToFileURL } = require('internal/url');
  const parent = pathToFileURL(`${process.cwd()}/`).href;
  process.emitWarning('`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
    '--import \'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } from ' +
    `"node:url"; register(${JSONStringify(loaders[0])}, pathToFileURL("./"));'`, 'ExperimentalWarning');
  for (let i = 0; i < loaders.length; i++) register(loaders[i], parent);
}

module.exports = { isActive, load, register, registerLoaders, resolve };
