'use strict';
// The module.register() hooks thread: a worker runtime with no script of its own. It imports
// each registered hooks module, runs its `initialize`, and answers the main thread's resolve
// and load requests by running the asynchronous hook chains (last registered first), which
// end in Node's default resolution and loading. The main thread waits for every answer
// (internal/modules/esm/hooks); requests and answers cross as V8-serialized messages.

const {
  ArrayBufferIsView,
  ArrayPrototypePush,
  ObjectKeys,
  ObjectPrototypeToString,
  PromisePrototypeThen,
  PromiseResolve,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_PROPERTY_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_LOADER_CHAIN_INCOMPLETE,
  },
} = require('internal/errors');

// { fn, id } where id names the hook in errors as Node does: `"./hooks.mjs 'resolve'"`
const resolveChain = [];
const loadChain = [];

function loader() {
  return require('internal/modules/esm/loader');
}

function serve() {
  const binding = internalBinding('worker');
  binding.serveHooks((id, msg) => {
    const { decode, encode } = require('internal/worker/io').wire();
    const answer = (value) => {
      let m;
      try {
        m = encode(value, undefined, undefined);
      } catch (err) {
        m = encode(errorAnswer(err), undefined, undefined);
      }
      binding.replyHooks(id, m);
    };
    let request;
    try {
      request = decode(msg).value;
    } catch (err) {
      answer(errorAnswer(err));
      return;
    }
    PromisePrototypeThen(handle(request), (value) => answer({ __proto__: null, value }),
      (err) => answer(errorAnswer(err)));
  });
}

// An error crosses with its own enumerable properties (code and the like), which V8's
// serialization of errors leaves out; anything else that was thrown crosses as it is.
function errorAnswer(err) {
  const props = {};
  if (err !== null && typeof err === 'object') {
    const keys = ObjectKeys(err);
    for (let i = 0; i < keys.length; i++) {
      const v = err[keys[i]];
      if (v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol')) props[keys[i]] = v;
    }
  }
  return { __proto__: null, threw: true, error: err, props };
}

function handle(request) {
  switch (request.type) {
    case 'register':
      return register(request.specifier, request.parentURL, request.data);
    case 'resolve':
      return resolve(request.specifier, request.context);
    case 'load':
      return load(request.url, request.context);
    default:
      return PromiseResolve();
  }
}

// Loads a hooks module (through the hooks registered before it) and initializes it.
async function register(specifier, parentURL, data) {
  const { getConditions } = require('internal/modules/esm/resolve');
  const resolved = await resolve(specifier, { __proto__: null, parentURL, importAttributes: {}, conditions: getConditions() });
  let url = resolved.url;
  if (loadChain.length > 0) {
    const loaded = await load(url, { __proto__: null, format: resolved.format, importAttributes: {} });
    url = loader().serveHooked(url, loaded);
  }
  // eslint-disable-next-line node-core/no-dynamic-import
  const ns = await import(url);
  if (typeof ns.initialize === 'function') await ns.initialize(data);
  if (typeof ns.resolve === 'function') ArrayPrototypePush(resolveChain, { fn: ns.resolve, id: `${specifier} 'resolve'` });
  if (typeof ns.load === 'function') ArrayPrototypePush(loadChain, { fn: ns.load, id: `${specifier} 'load'` });
}

// Runs chain[i] (then i-1, …) over input, ending in `last`; meta remembers the last hook
// called and whether the chain reached its end (Node checks the chain once, at the end).
async function runChain(chain, i, input, context, last, meta, validateInput) {
  if (i < 0) {
    meta.finished = true;
    return last(input, context);
  }
  const { fn, id } = chain[i];
  meta.id = id;
  const next = (nextInput, nextContext) => {
    validateInput(id, nextInput);
    const merged = nextContext === undefined ? context : { __proto__: null, ...context, ...nextContext };
    return runChain(chain, i - 1, nextInput, merged, last, meta, validateInput);
  };
  const result = await fn(input, context, next);
  if (result?.shortCircuit === true) meta.shortCircuited = true;
  return result;
}

function checkChain(meta, result, nextName) {
  if (result === null || typeof result !== 'object') {
    throw new ERR_INVALID_RETURN_VALUE('an object', `${meta.id} hook's ${nextName}()`, result);
  }
  if (!meta.finished && !meta.shortCircuited) throw new ERR_LOADER_CHAIN_INCOMPLETE(meta.id);
}

async function resolve(specifier, context) {
  const meta = { __proto__: null, id: undefined, finished: false, shortCircuited: false };
  const result = await runChain(resolveChain, resolveChain.length - 1, specifier, context,
    (s, c) => loader().defaultResolve(s, c), meta, (id, s) => {
      if (typeof s !== 'string') throw new ERR_INVALID_ARG_TYPE(`${id} specifier`, 'string', s);
    });
  if (meta.id === undefined) return { __proto__: null, url: result.url, format: result.format };
  checkChain(meta, result, 'nextResolve');
  if (typeof result.url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', meta.id, 'url', result.url);
  }
  return { __proto__: null, url: result.url, format: result.format, importAttributes: result.importAttributes };
}

async function load(url, context) {
  const meta = { __proto__: null, id: undefined, finished: false, shortCircuited: false };
  const result = await runChain(loadChain, loadChain.length - 1, url, context, defaultLoad, meta, (id, u) => {
    if (typeof u !== 'string') throw new ERR_INVALID_ARG_TYPE(`${id} url`, 'string', u);
  });
  if (meta.id !== undefined) {
    checkChain(meta, result, 'nextLoad');
    const { format, source } = result;
    if (format !== undefined && format !== null && typeof format !== 'string') {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', meta.id, 'format', format);
    }
    if (source !== undefined && source !== null && typeof source !== 'string' && !ArrayBufferIsView(source) &&
        ObjectPrototypeToString(source) !== '[object ArrayBuffer]') {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', meta.id, 'source', source);
    }
  }
  return { __proto__: null, format: result.format, source: result.source };
}

// Node's default load as the asynchronous chain sees it: CommonJS comes without its source
// (the CommonJS loader reads it), builtins with a null source.
function defaultLoad(url, context) {
  const loaded = loader().defaultLoad(url, context);
  if (loaded.format === 'commonjs' && StringPrototypeStartsWith(url, 'file:')) loaded.source = undefined;
  return loaded;
}

module.exports = { serve };
