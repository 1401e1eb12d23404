'use strict';
// node:module — the CommonJS Module class and the module-system helpers.

const { ObjectDefineProperty } = primordials;
const { Module } = require('internal/modules/cjs/loader');
const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');

Module._debug = function _debug() {};
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const r of requests) parent.require(r);
};
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};
Module.registerHooks = function registerHooks(hooks) {
  return require('internal/modules/customization_hooks').registerHooks(hooks);
};
Module.register = function register(specifier, parentURL = undefined, options) {
  require('internal/modules/esm/loader').asyncHooksLoaded().register(specifier, parentURL, options);
};
Module.constants = Object.freeze({
  __proto__: null,
  compileCacheStatus: Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});
// GraalJS has no code cache a program can write to disk (compiled code is shared within the
// process only), so enabling one fails, with the status and message shape Node documents.
Module.enableCompileCache = function enableCompileCache(options) {
  const directory = options !== null && typeof options === 'object' ? options.directory : options;
  if (directory !== undefined && typeof directory !== 'string') {
    const err = new TypeError('cacheDir should be a string');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const { FAILED, DISABLED } = Module.constants.compileCacheStatus;
  if (process.env.NODE_DISABLE_COMPILE_CACHE !== undefined) {
    return { status: DISABLED, message: 'Disabled by NODE_DISABLE_COMPILE_CACHE' };
  }
  return { status: FAILED, message: 'node4j has no on-disk compile cache (GraalJS cannot persist compiled code)' };
};
Module.findPackageJSON = function findPackageJSON(specifier, base) {
  return require('internal/modules/find_package_json').findPackageJSON(specifier, base);
};
// Nothing is ever cached (see enableCompileCache): nothing to flush, as in Node without a cache.
Module.flushCompileCache = function flushCompileCache() {};
Module.getCompileCacheDir = function getCompileCacheDir() { return undefined; };
let warnedStrip = false;
Module.stripTypeScriptTypes = function stripTypeScriptTypes(code, options = {}) {
  const { validateString, validateObject, validateOneOf } = require('internal/validators');
  validateString(code, 'code');
  validateObject(options, 'options');
  const { mode = 'strip', sourceMap = false, sourceUrl = '' } = options;
  validateOneOf(mode, 'options.mode', ['strip', 'transform']);
  if (sourceMap) throw new ERR_NODE4J_UNSUPPORTED('module.stripTypeScriptTypes with sourceMap');
  if (!warnedStrip) {
    warnedStrip = true;
    process.emitWarning('stripTypeScriptTypes is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  const out = require('internal/modules/typescript').stripTypeScriptTypes(code, { mode, sourceType: 'module' });
  return sourceUrl ? `${out}\n\n//# sourceURL=${sourceUrl}` : out;
};
Module.findSourceMap = function findSourceMap(path) {
  if (!require('internal/stack_trace').sourceMaps.enabled) return undefined;
  return require('internal/source_map/source_map_cache').findSourceMap(path);
};
ObjectDefineProperty(Module, 'SourceMap', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('internal/source_map/source_map').SourceMap; },
});
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  const { enabled, nodeModules, generatedCode } = require('internal/stack_trace').sourceMaps;
  return { __proto__: null, enabled, nodeModules, generatedCode };
};
Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options) {
  const { validateBoolean, validateObject } = require('internal/validators');
  validateBoolean(enabled, 'enabled');
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.nodeModules !== undefined) validateBoolean(options.nodeModules, 'options.nodeModules');
    if (options.generatedCode !== undefined) validateBoolean(options.generatedCode, 'options.generatedCode');
  }
  require('internal/source_map/source_map_cache').setSupport(enabled, options);
};

module.exports = Module;
