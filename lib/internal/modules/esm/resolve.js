'use strict';
// Node's ES module resolution (the documented ESM_RESOLVE): specifiers are URLs; relative
// and absolute ones need their full file name (no extension or index probing), bare ones go
// through package "exports" (conditions import/node/module-sync/default), "imports" (#x)
// and self-reference, or the legacy "main"; node: and bare builtin names are builtins. Also
// the format of what was found (ESM_FILE_FORMAT): .mjs, .cjs, .json, package "type", or
// syntax detection for a .js file no "type" claims.

const {
  JSONStringify,
  RegExpPrototypeExec,
  StringPrototypeEndsWith,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');
const packageJson = require('internal/modules/package_json_reader');
const { packageExportsResolve, packageImportsResolve, parsePackageName } = require('internal/modules/package_exports');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_MODULE_NOT_FOUND,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');

const fsBinding = internalBinding('fs');

// Conditions import matches in "exports"/"imports", plus any --conditions/-C given.
let conditions;
function getConditions() {
  if (conditions === undefined) {
    conditions = ['node', 'import', 'module-sync', 'node-addons',
      ...require('internal/options').getOptionValues('--conditions', '-C')];
  }
  return conditions;
}

function stat(filename) {
  return fsBinding.internalModuleStat(filename);
}

function realpath(filename) {
  const ctx = {};
  const real = fsBinding.realpath(filename, ctx);
  return ctx.code === undefined ? real : filename;
}

function isRelativeSpecifier(s) {
  if (s[0] === '.') {
    if (s.length === 1 || s[1] === '/') return true;
    if (s[1] === '.' && (s.length === 2 || s[2] === '/')) return true;
  }
  return false;
}

function isURLSpecifier(s) {
  return RegExpPrototypeExec(/^[a-zA-Z][a-zA-Z0-9+.-]*:/, s) !== null;
}

// What a resolved specifier is: { builtin: 'fs' } or { path, url }.
// parentPath is the importing file's path (or a folder ending in '/', for -e and the REPL).
// With mustExist false (import.meta.resolve), a file URL is returned even if nothing is there.
function resolve(specifier, parentPath, mustExist = true) {
  try {
    return resolveNoHint(specifier, parentPath, mustExist);
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      addCommonJSHint(err, specifier, parentPath);
    }
    throw err;
  }
}

// Node's hint: what require() would have found. Node resolves the specifier as a CommonJS
// module without a file name, so a relative one is looked up from the working directory.
function addCommonJSHint(err, specifier, parentPath) {
  const relativeSpecifier = isRelativeSpecifier(specifier);
  if (!(specifier[0] === '/' || relativeSpecifier)) return;
  const { Module } = require('internal/modules/cjs/loader');
  let found;
  try {
    found = Module._findPath(path.resolve(process.cwd(), specifier), [''], false);
  } catch {
    return;
  }
  if (!found) return;
  if (relativeSpecifier) {
    const parentDir = StringPrototypeEndsWith(parentPath, '/') ? StringPrototypeSlice(parentPath, 0, -1) : path.dirname(parentPath);
    found = path.relative(parentDir, found);
    if (!StringPrototypeStartsWith(found, '../')) found = `./${found}`;
  }
  err.message += `\nDid you mean to import ${JSONStringify(found)}?`;
}

function resolveNoHint(specifier, parentPath, mustExist) {
  if (StringPrototypeStartsWith(specifier, 'node:')) {
    const id = StringPrototypeSlice(specifier, 5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return { builtin: id };
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(specifier)) return { builtin: specifier };

  const parentURL = pathToFileURL(parentPath).href;
  let resolvedPath;
  // a query or fragment names another instance of the same file (`./x.mjs?v=2`)
  let suffix = '';
  if (specifier[0] === '/' || isRelativeSpecifier(specifier)) {
    const url = new URL(specifier, parentURL);
    suffix = url.search + url.hash;
    resolvedPath = fileURLToPath(url);
    if (StringPrototypeEndsWith(specifier, '/')) resolvedPath += '/';
  } else if (specifier[0] === '#') {
    const pjson = packageJson.getPackageScopeConfig(parentPath);
    const resolved = packageImportsResolve(specifier, parentPath, getConditions(), pjson);
    if (typeof resolved === 'object') return resolveNoHint(resolved.bare, parentPath, mustExist);
    resolvedPath = resolved;
  } else if (isURLSpecifier(specifier)) {
    const url = new URL(specifier);
    if (url.protocol !== 'file:') throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url);
    suffix = url.search + url.hash;
    resolvedPath = fileURLToPath(url);
  } else {
    resolvedPath = packageResolve(specifier, parentPath, parentURL);
  }
  const found = finalize(resolvedPath, specifier, parentPath, mustExist);
  if (suffix !== '') found.url += suffix;
  return found;
}

function finalize(resolvedPath, specifier, parentPath, mustExist) {
  if (RegExpPrototypeExec(/%2f|%5c/i, resolvedPath) !== null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolvedPath, 'must not include encoded "/" or "\\" characters', parentPath);
  }
  if (!mustExist) return { path: resolvedPath, url: pathToFileURL(resolvedPath).href };
  const rc = StringPrototypeEndsWith(resolvedPath, '/') ? stat(StringPrototypeSlice(resolvedPath, 0, -1)) : stat(resolvedPath);
  if (rc === 1 || (rc === 0 && StringPrototypeEndsWith(resolvedPath, '/'))) {
    const dir = StringPrototypeEndsWith(resolvedPath, '/') ? StringPrototypeSlice(resolvedPath, 0, -1) : resolvedPath;
    const err = new ERR_UNSUPPORTED_DIR_IMPORT(dir, parentPath);
    err.url = pathToFileURL(dir).href;
    throw err;
  }
  if (rc !== 0) {
    const err = new ERR_MODULE_NOT_FOUND(resolvedPath, parentPath, pathToFileURL(resolvedPath).href);
    throw err;
  }
  const real = realpath(resolvedPath);
  return { path: real, url: pathToFileURL(real).href };
}

// PACKAGE_RESOLVE: self-reference, then node_modules folders up from the importer.
function packageResolve(specifier, parentPath, parentURL) {
  const { packageName, packageSubpath, validPackageName } = parsePackageName(specifier);
  if (!validPackageName) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', parentPath);
  }
  const scope = packageJson.getPackageScopeConfig(parentPath);
  if (scope?.exists && scope.name === packageName && scope.exports !== undefined && scope.exports !== null) {
    const dir = StringPrototypeSlice(scope.pjsonPath, 0, -'package.json'.length);
    return packageExportsResolve(dir, packageSubpath, scope, parentPath, getConditions());
  }
  let dir = StringPrototypeEndsWith(parentPath, '/') ? StringPrototypeSlice(parentPath, 0, -1) : path.dirname(parentPath);
  for (;;) {
    if (!StringPrototypeEndsWith(dir, '/node_modules')) {
      const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${packageName}`;
      if (stat(pkgDir) === 1) {
        const pjson = packageJson.read(`${pkgDir}/package.json`);
        if (pjson.exists && pjson.exports !== undefined && pjson.exports !== null) {
          return packageExportsResolve(`${pkgDir}/`, packageSubpath, pjson, parentPath, getConditions());
        }
        if (packageSubpath === '.') return legacyMainResolve(pkgDir, pjson, parentPath);
        return `${pkgDir}/${StringPrototypeSlice(packageSubpath, 2)}`;
      }
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  throw new ERR_MODULE_NOT_FOUND(packageName, parentPath);
}

// A package without "exports": its "main", then index.js, with the old extension guesses.
function legacyMainResolve(pkgDir, pjson, parentPath) {
  const tries = [];
  if (pjson.exists && pjson.main) {
    const main = path.resolve(pkgDir, pjson.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  tries.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (let i = 0; i < tries.length; i++) {
    if (stat(tries[i]) === 0) return tries[i];
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, parentPath);
}

// ESM_FILE_FORMAT: 'module' | 'commonjs' | 'json' | undefined (a .js file to detect).
function formatOf(filename) {
  const slash = StringPrototypeLastIndexOf(filename, '/');
  const dot = StringPrototypeLastIndexOf(filename, '.');
  const ext = dot > slash ? StringPrototypeSlice(filename, dot) : '';
  switch (ext) {
    case '.mjs':
    case '.mts': return 'module';
    case '.cjs':
    case '.cts': return 'commonjs';
    case '.json': return 'json';
    case '.js':
    case '.ts':
    case '': {
      const type = packageJson.getPackageScopeConfig(filename)?.type;
      if (type === 'module') return 'module';
      if (type === 'commonjs') return 'commonjs';
      return ext === '' ? 'commonjs' : undefined;
    }
    case '.wasm':
    case '.node': {
      const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
      throw new ERR_NODE4J_UNSUPPORTED(`Importing ${ext} files (${filename})`);
    }
    default:
      throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
  }
}

module.exports = { formatOf, isRelativeSpecifier, resolve, getConditions };
