'use strict';
// Connects GraalJS's ES module loader to ours, before any user code can call import():
// registers the lookup hook and the one global generated module code calls. Small on
// purpose: it runs at every start-up, and the loader itself loads on the first import.

const { ObjectDefineProperty, ObjectFreeze, SymbolFor } = primordials;
const { engine } = require('internal/bootstrap/realm');

let installed = false;

function loader() {
  return require('internal/modules/esm/loader');
}

function install() {
  if (installed) return;
  installed = true;
  const hook = ObjectFreeze({
    __proto__: null,
    builtin: (id) => loader().hook.builtin(id),
    java: (specifier) => loader().hook.java(specifier),
    cjs: (filename) => loader().hook.cjs(filename),
    cjsSource: (where) => loader().hook.cjsSource(where),
    meta: (meta) => loader().hook.meta(meta),
    capture: (id, namespace) => loader().hook.capture(id, namespace),
    builtinSync: (update) => loader().hook.builtinSync(update),
  });
  ObjectDefineProperty(globalThis, SymbolFor('node4j.esm'), {
    __proto__: null, value: hook, enumerable: false, configurable: false, writable: false,
  });
  const lookup = (referrer, specifier) => loader().lookup(referrer, specifier);
  engine.registerESMLookup(internalBinding('module_wrap').lookupCallback(lookup));
}

module.exports = { install };
