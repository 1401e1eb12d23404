'use strict';
// In the REPL and in -e/-p code, Node makes every public builtin module a global (`fs`,
// `util`, …): a getter that requires it on first use; assigning replaces it with the value.

const {
  ArrayPrototypeFilter,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  StringPrototypeIncludes,
} = primordials;

function builtinLibs() {
  const { builtinModules } = require('internal/modules/cjs/loader').Module;
  return ArrayPrototypeFilter(builtinModules, (id) => id[0] !== '_' && !StringPrototypeIncludes(id, '/') &&
    !StringPrototypeIncludes(id, ':'));
}

function addBuiltinLibsToObject(object) {
  const libs = builtinLibs();
  for (let i = 0; i < libs.length; i++) {
    const name = libs[i];
    // `crypto` (webcrypto) is replaced by the module, as in Node; fixed globals stay
    const existing = ObjectGetOwnPropertyDescriptor(object, name);
    if (existing !== undefined && !existing.configurable) continue;
    const setReal = (value) => {
      ObjectDefineProperty(object, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    };
    ObjectDefineProperty(object, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        const lib = require(name);
        // the module, not the getter, from now on (still configurable, like a plain global)
        ObjectDefineProperty(object, name, {
          __proto__: null,
          get: () => lib,
          set: setReal,
          enumerable: false,
          configurable: true,
        });
        return lib;
      },
      set: setReal,
    });
  }
}

module.exports = { addBuiltinLibsToObject, builtinLibs };
