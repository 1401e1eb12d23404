'use strict';
// CommonJS modules with Node's resolution: builtins, relative/absolute paths, extension
// probing, directory main/index, node_modules walk, NODE_PATH, package "exports"/"imports"
// and self-reference, the module wrapper, require.cache, cycles, and Node's error texts.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  Error,
  JSONParse,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectKeys,
  ReflectApply,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');
const packageJson = require('internal/modules/package_json_reader');
// "exports"/"imports" resolution loads on the first package that needs it (start-up).
let packageExports;
function lazyPackageExports() {
  packageExports ??= require('internal/modules/package_exports');
  return packageExports;
}
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_BUILTIN_MODULE, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');

const { registerWrapper } = require('internal/stack_trace');
const fsBinding = internalBinding('fs');
const contextify = internalBinding('contextify');

const kWrapperParams = 'exports, require, module, __filename, __dirname';
// contextify compiles "(function (<params>) {" in front of line 1.
const kWrapperHeaderLength = `(function (${kWrapperParams}) {`.length;
// Conditions require() matches in "exports"/"imports" (with require(esm), module-sync too),
// plus the user's --conditions / -C, which apply to require() as to import.
const cjsConditions = ['require', 'node', 'node-addons', 'module-sync',
  ...require('internal/options').getOptionValues('--conditions', '-C')];

function stat(filename) {
  return fsBinding.internalModuleStat(filename);
}

function toRealPath(requestPath) {
  const ctx = {};
  const real = fsBinding.realpath(requestPath, ctx);
  return ctx.code === undefined ? real : requestPath;
}

function readFile(filename) {
  const ctx = {};
  const text = fsBinding.readFileUtf8(filename, ctx);
  if (ctx.code !== undefined) {
    const { uvException } = require('internal/errors');
    throw uvException({ ...ctx, path: filename });
  }
  return text;
}

// A module's text; a .ts/.cts file's with its types erased.
function readSource(filename, format, raw = false) {
  const content = readFile(filename);
  if (raw || !StringPrototypeEndsWith(filename, 'ts')) return content;
  const ts = require('internal/modules/typescript');
  if (!ts.isTypeScriptFile(filename)) return content;
  // Node names TypeScript files by their file: URL in stack frames, CommonJS ones too
  require('internal/stack_trace').registerModuleURL(filename, require('internal/url').pathToFileURL(filename).href);
  return ts.stripForLoader(content, filename, format);
}

function stripBOM(content) {
  return StringPrototypeCharCodeAt(content, 0) === 0xFEFF ? StringPrototypeSlice(content, 1) : content;
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && ArrayPrototypeIncludes(children, child))) ArrayPrototypePush(children, child);
}

// With source map support on, a module's sourceMappingURL is noted as it compiles.
function noteSourceMap(filename, content) {
  if (require('internal/stack_trace').sourceMaps.enabled) {
    require('internal/source_map/source_map_cache').maybeCache(filename, content);
  }
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    moduleParentCache.set(this, parent);
    updateChildren(parent, this, false);
    this.filename = null;
    this.loaded = false;
    this.children = [];
  }

  get parent() {
    return moduleParentCache.get(this);
  }

  set parent(value) {
    moduleParentCache.set(this, value);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const extension = findLongestRegisteredExtension(filename);
    Module._extensions[extension](this, filename);
    this.loaded = true;
  }

  require(id) {
    if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    requireDepth++;
    try {
      return Module._load(id, this, false);
    } finally {
      requireDepth--;
    }
  }

  _compile(content, filename, compiled) {
    noteSourceMap(filename, content);
    const fn = compiled ?? wrapSafe(filename, content);
    const dirname = path.dirname(filename);
    const require = makeRequireFunction(this);
    const exports = this.exports;
    return ReflectApply(fn, exports, [exports, require, this, filename, dirname]);
  }
}

const moduleParentCache = new WeakMap();
// module.registerHooks() puts the hooks here (internal/modules/customization_hooks)
const customization = { hooks: undefined, async: false };
let requireDepth = 0;

Module._cache = ObjectCreate(null);
Module._pathCache = ObjectCreate(null);
Module._extensions = ObjectCreate(null);
Module.globalPaths = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
Module.Module = Module;

function wrapSafe(filename, content) {
  // A hashbang is only valid at the very start of a script; inside the wrapper it becomes
  // a comment of the same length so line and column numbers stay true.
  if (StringPrototypeStartsWith(content, '#!')) content = `//${StringPrototypeSlice(content, 2)}`;
  registerWrapper(filename, kWrapperHeaderLength, StringPrototypeSplit(content, '\n').length);
  return contextify.compileFunction(content, filename, kWrapperParams);
}

Module._extensions['.js'] = function(module, filename) {
  if (StringPrototypeEndsWith(filename, '.mjs') || StringPrototypeEndsWith(filename, '.mts')) return loadESM(module, filename);
  // .ts is read as .js is (package "type", then syntax detection), once its types are gone
  const ambiguous = StringPrototypeEndsWith(filename, '.js') || StringPrototypeEndsWith(filename, '.ts');
  if (ambiguous) {
    const pkg = packageJson.getPackageScopeConfig(filename);
    if (pkg?.type === 'module') return loadESM(module, filename);
  }
  const content = readSource(filename, 'commonjs');
  let compiled;
  try {
    compiled = wrapSafe(filename, content);
  } catch (err) {
    // Node 24's syntax detection: a .js file with no "type" that fails as CommonJS but has
    // ES module syntax is an ES module.
    if (ambiguous && err instanceof SyntaxError &&
        packageJson.getPackageScopeConfig(filename)?.type !== 'commonjs' &&
        require('internal/modules/esm/cjs_lexer').parse(content).hasModuleSyntax) {
      return loadESM(module, filename);
    }
    throw err;
  }
  module._compile(content, filename, compiled);
};

// An ES module reached through require(): the entry point runs as Node runs an ES module
// main; anything else is require(esm), evaluated synchronously.
function loadESM(module, filename) {
  const esm = require('internal/modules/esm/loader');
  if (module.id === '.') {
    // process.mainModule is undefined under an ES module entry point, as in Node.
    delete process.mainModule;
    delete Module._cache[filename];
    esm.runMainESM(filename);
    return;
  }
  module.exports = esm.requireESM(filename, moduleParentCache.get(module));
}

Module._extensions['.json'] = function(module, filename) {
  const content = readFile(filename);
  try {
    module.exports = JSONParse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  throw new ERR_NODE4J_UNSUPPORTED(`Native addons (${filename})`);
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = StringPrototypeIndexOf(name, '.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = StringPrototypeSlice(name, index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

// ---- resolution ----
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = StringPrototypeSplit(from, '/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = ArrayPrototypeJoin(parts.slice(0, i), '/');
    ArrayPrototypePush(paths, `${dir}/node_modules`);
  }
  ArrayPrototypePush(paths, '/node_modules');
  return paths;
};

function isRelative(request) {
  return request === '.' || request === '..' ||
    StringPrototypeStartsWith(request, './') || StringPrototypeStartsWith(request, '../');
}

Module._resolveLookupPaths = function(request, parent) {
  if (BuiltinModule.canBeRequiredWithoutScheme(request)) return null;
  if (!isRelative(request)) {
    let paths;
    if (parent?.paths?.length) paths = [...parent.paths, ...Module.globalPaths];
    else paths = [...Module.globalPaths];
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pjson = packageJson.read(path.resolve(requestPath, 'package.json'));
  const main = pjson.exists ? pjson.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    } else {
      process.emitWarning(`Invalid 'main' field in '${pjson.pjsonPath}' of '${main}'. ` +
        'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    }
  }
  return actual;
}

// node_modules/<name> with an "exports" field: resolve through it.
function resolveExports(nmPath, request, conditions) {
  const { packageName, packageSubpath } = lazyPackageExports().parsePackageName(request);
  if (!packageName || packageName[0] === '@' && StringPrototypeIndexOf(packageName, '/') === -1) return;
  const pkgDir = path.resolve(nmPath, packageName);
  const pjson = packageJson.read(`${pkgDir}/package.json`);
  if (pjson.exists && pjson.exports !== undefined && pjson.exports !== null) {
    return finalizeEsmResolution(
      lazyPackageExports().packageExportsResolve(`${pkgDir}/`, packageSubpath, pjson, undefined, conditions), request);
  }
}

function finalizeEsmResolution(resolved, request) {
  if (typeof resolved === 'object') return resolved; // { bare } from imports
  const rc = stat(resolved);
  if (rc === 0) return toRealPath(resolved);
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

Module._findPath = function(request, paths, isMain, conditions = cjsConditions) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;

  const cacheKey = `${request}\x00${ArrayPrototypeJoin(paths, '\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (StringPrototypeEndsWith(request, '/') || request === '.' || request === '..' ||
     StringPrototypeEndsWith(request, '/.') || StringPrototypeEndsWith(request, '/..'));

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative(request)) {
      const exportsResolved = resolveExports(curPath, request, conditions);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) {
        exts ??= ObjectKeys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= ObjectKeys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function resolveSelf(request, parent, conditions) {
  if (!parent?.filename) return false;
  const pjson = packageJson.getPackageScopeConfig(parent.filename);
  if (!pjson || pjson.exports === undefined || pjson.exports === null || pjson.name === undefined) return false;
  let expansion;
  if (request === pjson.name) expansion = '.';
  else if (StringPrototypeStartsWith(request, `${pjson.name}/`)) expansion = `.${StringPrototypeSlice(request, pjson.name.length)}`;
  else return false;
  const pkgDir = StringPrototypeSlice(pjson.pjsonPath, 0, -'package.json'.length);
  return finalizeEsmResolution(lazyPackageExports().packageExportsResolve(pkgDir, expansion, pjson, parent.filename, conditions), request);
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (BuiltinModule.canBeRequiredWithoutScheme(request)) return request;
  if (StringPrototypeStartsWith(request, 'node:')) {
    const id = StringPrototypeSlice(request, 5);
    if (BuiltinModule.canBeRequiredByUsers(id)) return request;
    throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  }

  let paths;
  if (typeof options === 'object' && options !== null && ArrayIsArray(options.paths)) {
    const fakeParent = new Module('', null);
    paths = [];
    for (let i = 0; i < options.paths.length; i++) {
      const p = options.paths[i];
      fakeParent.paths = Module._nodeModulePaths(p);
      const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
      for (let j = 0; j < lookupPaths.length; j++) {
        if (!ArrayPrototypeIncludes(paths, lookupPaths[j])) ArrayPrototypePush(paths, lookupPaths[j]);
      }
    }
    if (isRelative(request)) paths = options.paths.map((p) => path.resolve(p));
  } else if (options === undefined || options === null || typeof options === 'object') {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const pjson = packageJson.getPackageScopeConfig(parent.filename || `${process.cwd()}/`);
    if (pjson?.imports !== undefined && pjson.imports !== null) {
      const resolved = lazyPackageExports().packageImportsResolve(request, parent.filename, cjsConditions, pjson);
      if (typeof resolved === 'object') return Module._resolveFilename(resolved.bare, parent, isMain);
      return finalizeEsmResolution(resolved, request);
    }
  }

  const selfResolved = resolveSelf(request, parent, cjsConditions);
  if (selfResolved) return selfResolved;

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    ArrayPrototypePush(requireStack, cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${ArrayPrototypeJoin(requireStack, '\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function(request, parent, isMain) {
  const hooks = customization.hooks;
  if (hooks !== undefined && hooks.hasHooks()) return loadWithHooks(hooks, request, parent, isMain);
  if (StringPrototypeStartsWith(request, 'node:')) {
    const id = StringPrototypeSlice(request, 5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  if (StringPrototypeStartsWith(request, 'java:')) {
    return require('internal/modules/java_modules').loadJavaClass(StringPrototypeSlice(request, 5));
  }
  if (!BuiltinModule.canBeRequiredWithoutScheme(request)) {
    const javaModule = require('internal/modules/java_modules').loadJavaModule(request);
    if (javaModule !== undefined) return javaModule;
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    return cachedModule.exports;
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        const children = parent?.children;
        if (ArrayIsArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

// module.registerHooks(): require() through the resolve and load hooks.
function loadWithHooks(hooks, request, parent, isMain) {
  const { pathToFileURL, fileURLToPath } = require('internal/url');
  const parentURL = parent?.filename ? pathToFileURL(parent.filename).href : undefined;
  const resolved = hooks.resolveWithHooks(request, { __proto__: null, parentURL, conditions: cjsConditions },
    (specifier) => {
      const found = Module._resolveFilename(specifier, parent, isMain);
      if (StringPrototypeStartsWith(found, 'node:')) return { url: found, format: 'builtin' };
      if (BuiltinModule.canBeRequiredWithoutScheme(found)) return { url: `node:${found}`, format: 'builtin' };
      return { url: pathToFileURL(found).href };
    });
  const { url } = resolved;
  const builtin = StringPrototypeStartsWith(url, 'node:');
  const filename = builtin ? url : fileURLToPath(url);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    return cachedModule.exports;
  }
  const loaded = hooks.loadWithHooks(url, { __proto__: null, format: resolved.format, conditions: cjsConditions },
    (_, context) => (builtin ? { format: 'builtin', source: null } :
      { format: context.format, source: require('buffer').Buffer.from(readFile(filename)) }));
  if (builtin || loaded.format === 'builtin') return loadBuiltin(StringPrototypeSlice(url, builtin ? 5 : 0));
  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  try {
    module.filename = filename;
    module.paths = Module._nodeModulePaths(path.dirname(filename));
    const format = loaded.format ?? (StringPrototypeEndsWith(filename, '.json') ? 'json' : undefined);
    if (format === 'module' || format === 'module-typescript' ||
        (format === undefined && (StringPrototypeEndsWith(filename, '.mjs') || StringPrototypeEndsWith(filename, '.mts')))) {
      loadESM(module, filename);
    } else {
      let text = hooks.sourceText(loaded.source ?? '');
      if (format === 'json') {
        module.exports = JSONParse(stripBOM(text));
      } else {
        if (StringPrototypeEndsWith(filename, 'ts')) text = require('internal/modules/typescript').stripForLoader(text, filename, 'commonjs');
        module._compile(stripBOM(text), filename);
      }
    }
    module.loaded = true;
  } catch (err) {
    delete Module._cache[filename];
    throw err;
  }
  return module.exports;
}

function loadBuiltin(id) {
  return require(id);
}

function setOwnProperty(obj, key, value) {
  ObjectDefineProperty(obj, key, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
}

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    if (typeof request !== 'string') throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// NODE_PATH and the legacy global folders.
Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    ArrayPrototypeUnshift(paths, path.resolve(homeDir, '.node_libraries'));
    ArrayPrototypeUnshift(paths, path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = [...StringPrototypeSplit(nodePath, path.delimiter).filter((p) => !!p), ...paths];
  }
  Module.globalPaths = paths;
};

Module.builtinModules = ObjectFreeze([...BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList(),
  ...BuiltinModule.getSchemeOnlyModuleNames().map((n) => `node:${n}`)]);

Module.isBuiltin = function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (StringPrototypeStartsWith(moduleName, 'node:')) {
    return BuiltinModule.canBeRequiredByUsers(StringPrototypeSlice(moduleName, 5));
  }
  return BuiltinModule.canBeRequiredWithoutScheme(moduleName);
};

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && StringPrototypeStartsWith(filename, 'file:')) {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = StringPrototypeEndsWith(filepath, '/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  const resolved = path.resolve(main);
  // module.register() hooks see the entry point (resolved as CommonJS finds it, as in Node)
  if (customization.async) {
    if (require('internal/modules/esm/loader').runMainWithHooks(Module._resolveFilename(resolved, null, true))) return;
  }
  Module._load(resolved, null, true);
};

// The entry point as CommonJS source a module.register() load hook gave for it.
function runMainSource(filename, source) {
  const module = new Module(filename, null);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(path.dirname(filename));
  setOwnProperty(process, 'mainModule', module);
  module.id = '.';
  Module._cache[filename] = module;
  module._compile(source, filename);
  module.loaded = true;
}

module.exports = { Module, customization, readSource, runMainSource, wrapSafe, stripBOM };
