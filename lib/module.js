'use strict';
// node:module — the CommonJS Module class and the module-system helpers.

const { Module } = require('internal/modules/cjs/loader');
const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');

function unsupported(name) {
  return function() { throw new ERR_NODE4J_UNSUPPORTED(`module.${name}`); };
}

Module._debug = function _debug() {};
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const r of requests) parent.require(r);
};
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.registerHooks = unsupported('registerHooks');
Module.register = unsupported('register');
Module.constants = Object.freeze({
  __proto__: null,
  compileCacheStatus: Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});
Module.enableCompileCache = unsupported('enableCompileCache');
Module.findPackageJSON = unsupported('findPackageJSON');
Module.flushCompileCache = unsupported('flushCompileCache');
Module.getCompileCacheDir = function getCompileCacheDir() { return undefined; };
Module.stripTypeScriptTypes = unsupported('stripTypeScriptTypes');
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.SourceMap = class SourceMap {
  constructor() { throw new ERR_NODE4J_UNSUPPORTED('module.SourceMap'); }
};
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
};
Module.setSourceMapsSupport = unsupported('setSourceMapsSupport');

module.exports = Module;
