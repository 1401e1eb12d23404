'use strict';
// module.findPackageJSON(specifier[, base]): the package.json that governs a module. A bare
// specifier gives its package's root package.json (found as import would find the package,
// "exports" aside); a relative or absolute one the closest package.json above the file it
// names, which must exist.

const { StringPrototypeEndsWith, StringPrototypeStartsWith } = primordials;

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_URL_SCHEME,
    ERR_MODULE_NOT_FOUND,
    ERR_UNSUPPORTED_RESOLVE_REQUEST,
  },
} = require('internal/errors');
const { URL, fileURLToPath, isURL, pathToFileURL } = require('internal/url');

const fsBinding = internalBinding('fs');

function exists(p) {
  return fsBinding.internalModuleStat(p) >= 0;
}

function isBare(specifier) {
  return !(specifier[0] === '/' || StringPrototypeStartsWith(specifier, './') ||
    StringPrototypeStartsWith(specifier, '../') || specifier === '.' || specifier === '..' ||
    URL.canParse(specifier));
}

function findPackageJSON(specifier, base = 'data:') {
  if (isURL(specifier)) specifier = specifier.href;
  if (isURL(base)) base = base.href;
  if (typeof base !== 'string') throw new ERR_INVALID_ARG_TYPE('base', 'string', base);
  specifier = `${specifier}`;
  if (base[0] === '/') base = pathToFileURL(base).href;
  const isFileBase = StringPrototypeStartsWith(base, 'file:');
  const parentPath = isFileBase ? fileURLToPath(base) : base;
  if (isBare(specifier)) {
    if (!isFileBase) return new URL(specifier, base); // throws ERR_INVALID_URL, as in Node
    return packageRoot(specifier, parentPath);
  }
  let url;
  if (URL.canParse(specifier)) {
    url = new URL(specifier);
  } else {
    if (!isFileBase) throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
    url = new URL(specifier, base);
  }
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const target = fileURLToPath(url);
  if (!exists(target)) throw new ERR_MODULE_NOT_FOUND(target, parentPath, url.href);
  return closest(StringPrototypeEndsWith(target, '/') ? target : path.dirname(target));
}

// The closest package.json in dir or above it.
function closest(dir) {
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fsBinding.internalModuleStat(candidate) === 0) return candidate;
    if (dir === '/') return undefined;
    dir = path.dirname(dir);
  }
}

// A package's root package.json, looked up through the node_modules folders above parentPath.
function packageRoot(specifier, parentPath) {
  const { parsePackageName } = require('internal/modules/package_exports');
  const { packageName } = parsePackageName(specifier);
  let dir = path.dirname(parentPath);
  for (;;) {
    if (!StringPrototypeEndsWith(dir, '/node_modules')) {
      const candidate = `${dir === '/' ? '' : dir}/node_modules/${packageName}/package.json`;
      if (fsBinding.internalModuleStat(candidate) === 0) return candidate;
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  throw new ERR_MODULE_NOT_FOUND(packageName, parentPath);
}

module.exports = { findPackageJSON };
