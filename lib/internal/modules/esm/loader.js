'use strict';
// ES modules. GraalJS parses, links and evaluates them (import, export, top-level await,
// cycles, live bindings, dynamic import()); we decide what each specifier means. GraalJS
// asks our resolver (registered through its ESM lookup hook) for a path for every import,
// then reads that path through org.node4j.module.ModuleFileSystem, which serves what we
// registered for it:
//  - an ES module file: its text, with `import.meta` completed by a call on line 1 when the
//    module uses it;
//  - a CommonJS file or a builtin: a generated facade module whose default export is
//    module.exports and whose named exports are the names cjs_lexer finds (builtins: the
//    keys of their exports), evaluated by loading the module through the CommonJS loader;
//  - a JSON file: as a JSON module.
// Generated code reaches this file through one non-enumerable global keyed by a registered
// symbol; the resolver and everything else stay private.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  JSONStringify,
  ObjectKeys,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  ObjectPrototypeHasOwnProperty,
  SafeMap,
  SafeSet,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const path = require('path');
const { resolve, formatOf } = require('internal/modules/esm/resolve');
const { pathToFileURL, fileURLToPath } = require('internal/url');

function URLCanParse(specifier) {
  return require('internal/url').URL.canParse(specifier);
}

const { BuiltinModule } = require('internal/bootstrap/realm');
const moduleWrap = internalBinding('module_wrap');

const kBuiltinDir = '/@node4j/builtin/';
const kJavaDir = '/@node4j/java/';
const kWrapDir = '/@node4j/require/';

// path -> format already registered with the module file system
const registered = new SafeMap();
// the entry point (import.meta.main) and the module of --input-type=module code
let mainPath;
let evalPath;
// require(esm): namespaces handed over by the evaluated wrapper, by id
const captured = new SafeMap();
let nextCaptureId = 0;

// A module's text (a TypeScript file's with its types erased).
function readFile(filename, format) {
  return require('internal/modules/cjs/loader').readSource(filename, format);
}

// The importing file's path as resolve() wants it, from what GraalJS calls the referrer:
// a module's path, a CommonJS file name, '[eval]'-like names, or core-library sources.
function parentPathOf(referrer) {
  if (typeof referrer !== 'string' || referrer === '' || referrer[0] !== '/' ||
      StringPrototypeStartsWith(referrer, kWrapDir)) {
    return `${process.cwd()}/`;
  }
  if (StringPrototypeStartsWith(referrer, kBuiltinDir) || StringPrototypeStartsWith(referrer, kJavaDir)) {
    return `${process.cwd()}/`;
  }
  return referrer;
}

// GraalJS's lookup hook: (referrer, specifier) -> the path it will load.
function lookup(referrer, specifier) {
  if (StringPrototypeStartsWith(specifier, kWrapDir)) return specifier;
  // what we registered ourselves: the entry point, -e code
  if (StringPrototypeStartsWith(specifier, 'file:')) {
    const p = fileURLToPath(specifier);
    if (registered.has(p)) return p;
  }
  const hooks = require('internal/modules/cjs/loader').customization.hooks;
  if ((hooks !== undefined && hooks.hasHooks()) || asyncHooks?.isActive()) return lookupWithHooks(hooks, referrer, specifier);
  const java = registerJava(specifier);
  if (java !== undefined) return java;
  const resolved = resolve(specifier, parentPathOf(referrer));
  if (resolved.builtin !== undefined) return registerBuiltin(resolved.builtin);
  const where = registerFile(resolved.path, resolved.url);
  const format = registered.get(where);
  if (format === 'module') {
    require('internal/stack_trace').registerModuleURL(undefined, resolved.url, specifier);
  } else if (format === 'json' || format === 'commonjs') {
    checkImport(referrer, specifier, where, format, resolved.url);
  }
  return where;
}

// Node's errors for a JSON module imported without `with { type: 'json' }` and for a named
// import a CommonJS module does not have, which GraalJS reports in its own words (or not
// at all, for JSON), found by reading how the referrer imports it (import_scan).
function checkImport(referrer, specifier, where, format, url) {
  const text = referrerText(referrer);
  if (text === undefined) return;
  const scan = require('internal/modules/esm/import_scan');
  if (format === 'json') {
    const attributes = scan.importAttributesOf(text, specifier);
    if (attributes !== undefined && attributes.type === undefined) {
      const { codes: { ERR_IMPORT_ATTRIBUTE_MISSING } } = require('internal/errors');
      throw new ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
    }
    return;
  }
  const names = facadeNames.get(where);
  if (names === undefined) return;
  const missing = scan.missingNamedImport(text, specifier, names);
  if (missing === undefined) return;
  const before = StringPrototypeSlice(text, 0, missing.index);
  const lineStart = StringPrototypeLastIndexOf(before, '\n') + 1;
  let lineEnd = StringPrototypeIndexOf(text, '\n', missing.index);
  if (lineEnd === -1) lineEnd = text.length;
  // Node suggests a destructuring made from the braces on the offending line (none when
  // the import spans lines)
  const braces = RegExpPrototypeExec(/{.*}/, StringPrototypeSlice(text, lineStart, lineEnd));
  const destructuring = braces === null ? '' : `const ${RegExpPrototypeSymbolReplace(/\s+as\s+/g, braces[0], ': ')} = pkg;\n`;
  // eslint-disable-next-line no-restricted-syntax
  const err = new SyntaxError(`Named export '${missing.name}' not found. The requested module '${specifier}' is a ` +
    'CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can ' +
    `always be imported via the default export, for example using:\n\nimport pkg from '${specifier}';\n${destructuring}`);
  // a fatal report points at the name in the import statement, as V8's link error does
  let line = 1;
  for (let i = StringPrototypeIndexOf(before, '\n'); i !== -1; i = StringPrototypeIndexOf(before, '\n', i + 1)) line++;
  const file = virtualURL.get(referrer) ?? pathToFileURL(referrer).href;
  require('internal/stack_trace').setSyntaxErrorLocation(err,
    { file, line, column: missing.index - lineStart, width: missing.name.length, gap: false });
  throw err;
}

// The text of the importing module (a file, or what a hook served), for import_scan; the
// last one is kept, as GraalJS looks up a module's imports one after another.
let lastReferrer;
let lastReferrerText;
function referrerText(referrer) {
  if (typeof referrer !== 'string' || referrer[0] !== '/') return undefined;
  if (referrer === lastReferrer) return lastReferrerText;
  let text = hookedText.get(referrer);
  if (text === undefined && !StringPrototypeStartsWith(referrer, '/@node4j/')) {
    try {
      text = require('internal/modules/cjs/loader').readSource(referrer, undefined, true);
    } catch {
      text = undefined;
    }
  }
  lastReferrer = referrer;
  lastReferrerText = text;
  return text;
}
// where -> the named exports its CommonJS facade has
const facadeNames = new SafeMap();
// where -> module text a load hook gave (for import_scan)
const hookedText = new SafeMap();

// ---- module.registerHooks() and module.register() ----
// The synchronous hooks run first; the end of their chain is the asynchronous hooks' chain
// (on the hooks thread) when module.register() has been called, else the defaults.
let asyncHooks;

function asyncHooksLoaded() {
  asyncHooks = require('internal/modules/esm/hooks');
  return asyncHooks;
}

function resolveHooked(hooks, specifier, context) {
  const last = asyncHooks?.isActive() ? asyncHooks.resolve : defaultResolve;
  return hooks !== undefined && hooks.hasHooks() ? hooks.resolveWithHooks(specifier, context, last) : last(specifier, context);
}

function loadHooked(hooks, url, context) {
  const last = asyncHooks?.isActive() ? asyncHooks.load : defaultLoad;
  return hooks !== undefined && hooks.hasHooks() ? hooks.loadWithHooks(url, context, last) : last(url, context);
}

const kHookedDir = '/@node4j/hooked/';
// url -> where it is served, and back (for modules whose URL is not a file: URL)
const servedURL = new SafeMap();
const virtualURL = new SafeMap();

function lookupWithHooks(hooks, referrer, specifier) {
  const { getConditions } = require('internal/modules/esm/resolve');
  const conditions = getConditions();
  let parentURL = virtualURL.get(referrer);
  if (parentURL === undefined && typeof referrer === 'string' && referrer[0] === '/' &&
      !StringPrototypeStartsWith(referrer, '/@node4j/')) {
    parentURL = pathToFileURL(referrer).href;
  }
  // what the import statement says, read from the referrer's text (import_scan)
  const text = referrerText(referrer);
  const importAttributes = (text === undefined ? undefined :
    require('internal/modules/esm/import_scan').importAttributesOf(text, specifier)) ?? { __proto__: null };
  const resolved = resolveHooked(hooks, specifier, { __proto__: null, parentURL, importAttributes, conditions });
  const { url } = resolved;
  const known = servedURL.get(url);
  if (known !== undefined) return known;
  // already in the module map (imported before any hook existed)
  if (StringPrototypeStartsWith(url, 'node:') && registered.has(kBuiltinDir + StringPrototypeSlice(url, 5))) {
    return kBuiltinDir + StringPrototypeSlice(url, 5);
  }
  const loaded = loadHooked(hooks, url, { __proto__: null, format: resolved.format, importAttributes, conditions });
  const where = serveLoaded(url, loaded);
  servedURL.set(url, where);
  return where;
}

function defaultResolve(specifier, context) {
  const parentURL = context.parentURL;
  // a parent that is not a file: URL (data:, a hook's own scheme) resolves only URLs and builtins
  if (typeof parentURL === 'string' && !StringPrototypeStartsWith(parentURL, 'file:') &&
      !URLCanParse(specifier) && !BuiltinModule.canBeRequiredWithoutScheme(specifier)) {
    const { codes: { ERR_UNSUPPORTED_RESOLVE_REQUEST } } = require('internal/errors');
    throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
  }
  const parent = typeof parentURL === 'string' && StringPrototypeStartsWith(parentURL, 'file:') ?
    fileURLToPath(parentURL) : `${process.cwd()}/`;
  const r = resolve(specifier, parent);
  if (r.builtin !== undefined) {
    return StringPrototypeStartsWith(specifier, 'node:') ? { url: specifier } : { url: `node:${r.builtin}`, format: 'builtin' };
  }
  // an unknown extension is the load step's error (a load hook may know the file)
  let format;
  try {
    format = formatOf(r.path);
  } catch {
    return { url: r.url, format: undefined };
  }
  if (format !== undefined && StringPrototypeEndsWith(r.path, 'ts')) format += '-typescript';
  return { url: r.url, format };
}

function defaultLoad(url, context) {
  if (StringPrototypeStartsWith(url, 'node:')) return { format: 'builtin', responseURL: url, source: null };
  if (!StringPrototypeStartsWith(url, 'file:')) {
    const { codes: { ERR_UNSUPPORTED_ESM_URL_SCHEME } } = require('internal/errors');
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new (require('internal/url').URL)(url));
  }
  const filename = fileURLToPath(url);
  const text = require('internal/modules/cjs/loader').readSource(filename, undefined, true);
  let format = context.format;
  if (format === undefined) {
    format = formatOf(filename) ?? detectFormat(filename, text);
    if (StringPrototypeEndsWith(filename, 'ts')) format += '-typescript';
  }
  const { Buffer } = require('buffer');
  return { format, responseURL: url, source: Buffer.from(text) };
}

function detectFormat(filename, text) {
  const lexed = require('internal/modules/esm/cjs_lexer').parse(text);
  return lexed.hasModuleSyntax && looksLikeModule(text, filename) ? 'module' : 'commonjs';
}

// On the hooks thread: serves a hooks module a load hook gave; -> the URL to import.
function serveHooked(url, loaded) {
  const where = serveLoaded(url, loaded);
  servedURL.set(url, where);
  return pathToFileURL(where).href;
}

// Serves what a load hook returned, where GraalJS will read it.
function serveLoaded(url, { format, source }) {
  if (format === 'builtin') return registerBuiltin(StringPrototypeStartsWith(url, 'node:') ? StringPrototypeSlice(url, 5) : url);
  const isFile = StringPrototypeStartsWith(url, 'file:') && !StringPrototypeIncludes(url, '?') && !StringPrototypeIncludes(url, '#');
  const where = isFile ? fileURLToPath(url) : `${kHookedDir}${servedURL.size}`;
  if (!isFile) virtualURL.set(where, url);
  const ts = format === 'module-typescript' || format === 'commonjs-typescript';
  let text = source === null || source === undefined ? undefined :
    require('internal/modules/customization_hooks').sourceText(source);
  if (ts && text !== undefined) {
    text = require('internal/modules/typescript').stripForLoader(text, where, format === 'module-typescript' ? 'module' : 'commonjs');
  }
  switch (format) {
    case 'module':
    case 'module-typescript':
      serveModuleSource(where, text ?? '');
      if (!isFile) hookedText.set(where, text ?? '');
      break;
    case 'commonjs':
    case 'commonjs-typescript': {
      if (text === undefined) {
        registered.delete(where);
        registerFile(where);
        return where;
      }
      const lexed = require('internal/modules/esm/cjs_lexer').parse(text);
      cjsSources.set(where, text);
      moduleWrap.serve(where, '', facade(`h.cjsSource(${JSONStringify(where)})`, cjsExportNames(where, lexed, new SafeSet())), null);
      break;
    }
    case 'json':
      moduleWrap.serve(where, '', text ?? '', 'application/json');
      break;
    default: {
      const { codes: { ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
      throw new ERR_UNKNOWN_MODULE_FORMAT(format, url);
    }
  }
  registered.set(where, format);
  return where;
}

// CommonJS text a load hook gave, by where it is served
const cjsSources = new SafeMap();

function registerBuiltin(id) {
  const where = kBuiltinDir + id;
  if (!registered.has(where)) {
    const exports = require(id);
    const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ?
      ObjectKeys(exports) : [];
    moduleWrap.serve(where, '', facade(`h.builtin(${JSONStringify(id)})`, names, true), null);
    registered.set(where, 'builtin');
  }
  return where;
}

// A module the embedding Java program registered (Node4j.Builder.module) or a Java class
// ('java:java.util.UUID', under --java), as require() gives it; undefined for anything else.
function registerJava(specifier) {
  const isClass = StringPrototypeStartsWith(specifier, 'java:');
  if (!isClass && (specifier[0] === '.' || specifier[0] === '/' || StringPrototypeStartsWith(specifier, 'node:') ||
      StringPrototypeStartsWith(specifier, 'file:') || BuiltinModule.canBeRequiredWithoutScheme(specifier))) {
    return undefined;
  }
  const where = kJavaDir + specifier;
  if (registered.has(where)) return where;
  const javaModules = require('internal/modules/java_modules');
  const exports = isClass ? javaModules.loadJavaClass(StringPrototypeSlice(specifier, 5)) :
    javaModules.loadJavaModule(specifier);
  if (exports === undefined) return undefined;
  moduleWrap.serve(where, '', facade(`h.java(${JSONStringify(specifier)})`, isClass ? [] : ObjectKeys(exports)), null);
  registered.set(where, 'java');
  return where;
}

// A file as an ES module, at its path, or at path?query#hash when its URL has those (each
// such URL is a module instance of its own, as in Node).
function registerFile(filename, url) {
  const q = url === undefined ? -1 : StringPrototypeIndexOf(url, '?');
  const h = url === undefined ? -1 : StringPrototypeIndexOf(url, '#');
  if (q !== -1 || h !== -1) {
    const where = filename + StringPrototypeSlice(url, q !== -1 && (h === -1 || q < h) ? q : h);
    if (!registered.has(where)) {
      virtualURL.set(where, url);
      registerFormat(where, filename);
    }
    return where;
  }
  if (registered.has(filename)) return filename;
  registerFormat(filename, filename);
  return filename;
}

function registerFormat(where, filename) {
  let format = formatOf(filename);
  let source;
  if (format === undefined || format === 'commonjs') {
    source = readFile(filename, format);
    const lexed = require('internal/modules/esm/cjs_lexer').parse(source);
    if (format === undefined) format = lexed.hasModuleSyntax && looksLikeModule(source, filename) ? 'module' : 'commonjs';
    if (format === 'commonjs') {
      const names = cjsExportNames(filename, lexed, new SafeSet());
      facadeNames.set(where, new SafeSet(names));
      moduleWrap.serve(where, '', facade(`h.cjs(${JSONStringify(filename)})`, names), null);
    }
  }
  if (format === 'module') {
    source ??= readFile(filename, format);
    serveModuleSource(where, source);
  } else if (format === 'json') {
    moduleWrap.serve(where, '', where === filename ? null : readFile(filename), 'application/json');
  }
  registered.set(where, format);
}

const kMetaPrefix = 'globalThis[Symbol.for("node4j.esm")].meta(import.meta);';

function serveModuleSource(filename, source) {
  if (source.charCodeAt(0) === 0xFEFF) source = StringPrototypeSlice(source, 1);
  let prefix = '';
  if (StringPrototypeIncludes(source, 'import.meta')) {
    prefix = kMetaPrefix;
    if (StringPrototypeStartsWith(source, '#!')) source = `//${StringPrototypeSlice(source, 2)}`;
  }
  moduleWrap.serve(filename, '', prefix + source, null);
  const url = pathToFileURL(filename).href;
  const stackTrace = require('internal/stack_trace');
  if (stackTrace.sourceMaps.enabled) require('internal/source_map/source_map_cache').maybeCache(filename, source);
  stackTrace.registerModuleURL(filename, url);
  if (prefix !== '') {
    // line 1 carries the prefix: columns there are shifted (frames name the path, syntax
    // errors the URL)
    stackTrace.registerWrapper(filename, prefix.length, Infinity);
    stackTrace.registerWrapper(url, prefix.length, Infinity);
  }
}

// A .js file no package.json "type" claims is an ES module when it has module syntax and
// does not compile as CommonJS (Node 24's syntax detection).
function looksLikeModule(source, filename) {
  try {
    internalBinding('contextify').compileFunction(source, filename, 'exports, require, module, __filename, __dirname');
    return false;
  } catch {
    return true;
  }
}

// Named exports of a CommonJS module: what the lexer saw, plus those of modules it
// re-exports (resolved as require() would), minus 'default'.
function cjsExportNames(filename, lexed, seen) {
  seen.add(filename);
  const names = new SafeSet();
  for (const n of lexed.exports) if (n !== 'default') names.add(n);
  if (lexed.reexports.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = new Module(filename, null);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (let i = 0; i < lexed.reexports.length; i++) {
      let target;
      try {
        target = Module._resolveFilename(lexed.reexports[i], parent, false);
      } catch {
        continue;
      }
      if (seen.has(target) || !(StringPrototypeEndsWith(target, '.js') || StringPrototypeEndsWith(target, '.cjs'))) continue;
      let sub;
      try {
        sub = require('internal/modules/esm/cjs_lexer').parse(readFile(target));
      } catch {
        continue;
      }
      for (const n of cjsExportNames(target, sub, seen)) names.add(n);
    }
  }
  return [...names];
}

// The text of a facade module: `get` is an expression over the hook `h` giving the exports.
// A builtin's (`live`) bindings can be re-read later: module.syncBuiltinESMExports().
function facade(get, names, live = false) {
  let text = `const h = globalThis[Symbol.for("node4j.esm")];\nconst m = ${get};\n` +
    'export default m;\nexport { m as "module.exports" };\n';
  const bindings = [];
  let sync = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === 'default' || name === 'module.exports') continue;
    text += `${live ? 'let' : 'const'} e${i} = m == null ? undefined : m[${JSONStringify(name)}];\n`;
    if (live) sync += `e${i} = m[${JSONStringify(name)}]; `;
    ArrayPrototypePush(bindings, `e${i} as ${JSONStringify(name)}`);
  }
  if (bindings.length > 0) text += `export { ${ArrayPrototypeJoin(bindings, ', ')} };\n`;
  if (live && sync !== '') text += `h.builtinSync(() => { ${sync}});\n`;
  return text;
}

// module.syncBuiltinESMExports(): the builtins' named exports take their properties' values now.
const builtinSyncs = [];
function syncBuiltinESMExports() {
  for (let i = 0; i < builtinSyncs.length; i++) builtinSyncs[i]();
}

// ---- what generated code calls ----
function metaResolve(parentPath) {
  return function resolve(specifier) {
    const r = require('internal/modules/esm/resolve').resolve(`${specifier}`, parentPath, false);
    return r.builtin !== undefined ? `node:${r.builtin}` : r.url;
  };
}

// What generated module code calls, through globalThis[Symbol.for('node4j.esm')].
const hook = {
  builtin(id) {
    return require(id);
  },
  java(specifier) {
    return require('internal/modules/cjs/loader').Module._load(specifier, null, false);
  },
  cjs(filename) {
    const { Module } = require('internal/modules/cjs/loader');
    return Module._load(filename, null, false);
  },
  cjsSource(where) {
    const { Module } = require('internal/modules/cjs/loader');
    const cached = Module._cache[where];
    if (cached !== undefined) return cached.exports;
    const m = new Module(where, null);
    m.filename = where;
    m.paths = Module._nodeModulePaths(path.dirname(where));
    Module._cache[where] = m;
    m._compile(cjsSources.get(where), where);
    m.loaded = true;
    return m.exports;
  },
  meta(meta) {
    let url = meta.url;
    let filename = fileURLToPath(url);
    const virtual = virtualURL.get(filename);
    if (virtual !== undefined) {
      url = virtual;
      if (StringPrototypeStartsWith(url, 'file:')) filename = fileURLToPath(url);
    }
    // Node names -e code file:///<cwd>/[eval1], brackets and all
    if (filename === evalPath) url = `${pathToFileURL(path.dirname(filename)).href}/[eval1]`;
    delete meta.url;
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
    meta.main = filename === mainPath;
    meta.resolve = metaResolve(filename);
    meta.url = url;
  },
  capture(id, namespace) {
    captured.set(id, namespace);
  },
  builtinSync(update) {
    ArrayPrototypePush(builtinSyncs, update);
  },
};

function install() {
  require('internal/modules/esm/install').install();
}

// ---- entry points ----

// Runs an ES module file as the main entry; errors are reported as uncaught exceptions.
function runMainESM(filename) {
  install();
  mainPath = filename;
  const source = readFile(filename, 'module');
  serveModuleSource(filename, source);
  registered.set(filename, 'module');
  return importAndReport(pathToFileURL(filename).href);
}

function importAndReport(url) {
  // eslint-disable-next-line node-core/no-dynamic-import
  return import(url).then(undefined, (err) => {
    const { triggerUncaughtException } = require('internal/process/execution');
    triggerUncaughtException(err, false);
  });
}

// --input-type=module with -e / stdin: the code is a module at cwd/[eval1].
function runEvalModule(code) {
  install();
  const where = `${process.cwd()}/[eval1]`;
  evalPath = where;
  mainPath = where;
  const { registerEvalSource } = require('internal/process/execution');
  registerEvalSource(pathToFileURL(where).href, code);
  serveModuleSource(where, code);
  registered.set(where, 'module');
  return importAndReport(pathToFileURL(where).href);
}

// require() of an ES module: evaluated now. A graph with top-level await cannot finish on
// this stack: ERR_REQUIRE_ASYNC_MODULE, as in Node (up front when async_graph sees the await,
// else once the evaluation stops at it).
function requireESM(filename, parent) {
  install();
  // refused before anything in the graph runs, as in Node
  if (require('internal/modules/esm/async_graph').hasTopLevelAwait(filename)) throw requireAsyncError(filename, parent);
  registerFile(filename);
  const id = nextCaptureId++;
  const url = pathToFileURL(filename).href;
  moduleWrap.evaluateModule(`import * as ns from ${JSONStringify(url)};\n` +
    `globalThis[Symbol.for("node4j.esm")].capture(${id}, ns);\n`, `${kWrapDir}${id}`);
  if (!captured.has(id)) throw requireAsyncError(filename, parent);
  let namespace = captured.get(id);
  captured.delete(id);
  if (ObjectPrototypeHasOwnProperty(namespace, 'module.exports')) return namespace['module.exports'];
  if (ObjectPrototypeHasOwnProperty(namespace, 'default') && !ObjectPrototypeHasOwnProperty(namespace, '__esModule')) {
    // Node hands CommonJS a namespace that also says __esModule, so transpiled code reads
    // `default` as the default export.
    const wrapper = `${kWrapDir}${id}.mjs`;
    moduleWrap.serve(wrapper, '', `export * from ${JSONStringify(url)};\n` +
      `export { default } from ${JSONStringify(url)};\nexport const __esModule = true;\n`, null);
    moduleWrap.evaluateModule(`import * as ns from ${JSONStringify(wrapper)};\n` +
      `globalThis[Symbol.for("node4j.esm")].capture(${id}, ns);\n`, `${kWrapDir}${id}w`);
    namespace = captured.get(id);
    captured.delete(id);
  }
  return namespace;
}

function requireAsyncError(filename, parent) {
  const { codes: { ERR_REQUIRE_ASYNC_MODULE } } = require('internal/errors');
  const stack = [];
  for (let m = parent; m; m = m.parent) ArrayPrototypePush(stack, m.filename || m.id);
  return new ERR_REQUIRE_ASYNC_MODULE(filename, stack);
}

// The entry point when module.register() hooks exist (registered by --import or -r): its
// resolution and loading go through them, as in Node. A CommonJS entry the hooks leave
// alone runs as usual.
function runMainWithHooks(filename) {
  install();
  const hooks = require('internal/modules/cjs/loader').customization.hooks;
  const { getConditions } = require('internal/modules/esm/resolve');
  const conditions = getConditions();
  const resolved = resolveHooked(hooks, pathToFileURL(filename).href,
    { __proto__: null, parentURL: undefined, importAttributes: { __proto__: null }, conditions });
  const { url } = resolved;
  const loaded = loadHooked(hooks, url, { __proto__: null, format: resolved.format, importAttributes: { __proto__: null }, conditions });
  const isFile = StringPrototypeStartsWith(url, 'file:') && !StringPrototypeIncludes(url, '?') && !StringPrototypeIncludes(url, '#');
  if (isFile && (loaded.format === 'commonjs' || loaded.format === 'commonjs-typescript')) {
    if (loaded.source === null || loaded.source === undefined) return false;
    const filename = fileURLToPath(url);
    let text = require('internal/modules/customization_hooks').sourceText(loaded.source);
    if (loaded.format === 'commonjs-typescript') text = require('internal/modules/typescript').stripForLoader(text, filename, 'commonjs');
    require('internal/modules/cjs/loader').runMainSource(filename, text);
    return true;
  }
  if (isFile && loaded.format === 'module') {
    mainPath = fileURLToPath(url);
    serveModuleSource(mainPath, require('internal/modules/customization_hooks').sourceText(loaded.source ?? ''));
    registered.set(mainPath, 'module');
    servedURL.set(url, mainPath);
    importAndReport(url);
    return true;
  }
  const where = serveLoaded(url, loaded);
  servedURL.set(url, where);
  mainPath = where;
  importAndReport(pathToFileURL(where).href);
  return true;
}

module.exports = {
  asyncHooksLoaded,
  defaultLoad,
  defaultResolve,
  hook,
  lookup,
  requireESM,
  runEvalModule,
  runMainESM,
  runMainWithHooks,
  serveHooked,
  syncBuiltinESMExports,
};
