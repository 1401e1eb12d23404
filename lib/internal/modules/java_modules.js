'use strict';
// Modules the embedding Java program registered (Node4j.Builder.module). require(name) answers
// them before looking on disk; core modules still win, as they do over node_modules.
// require('java:java.util.UUID') gives a Java class when the runtime allows Java (--java).

const { SafeMap } = primordials;

let binding;
const cache = new SafeMap();

// The module's exports, or undefined when no Java module has this name.
function loadJavaModule(request) {
  binding ??= internalBinding('embedder');
  if (!binding.has(request)) return undefined;
  let exports = cache.get(request);
  if (exports === undefined) {
    exports = binding.module(request, throwJavaError);
    cache.set(request, exports);
  }
  return exports;
}

// A Java exception thrown by a module function, as a JS Error naming its class.
function throwJavaError(javaClass, message) {
  const err = new Error(message);
  err.javaClass = javaClass;
  throw err;
}

function loadJavaClass(className) {
  const { engine } = require('internal/bootstrap/realm');
  if (!internalBinding('embedder').javaAllowed()) {
    const { codes: { ERR_NODE4J_JAVA_DISABLED } } = require('internal/errors');
    throw new ERR_NODE4J_JAVA_DISABLED(className);
  }
  try {
    return engine.javaType(className);
  } catch {
    const err = new Error(`Cannot find Java class '${className}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
}

module.exports = { loadJavaClass, loadJavaModule };
