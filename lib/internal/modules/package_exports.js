'use strict';
// The "exports" and "imports" fields of package.json, resolved as Node's documented
// PACKAGE_EXPORTS_RESOLVE / PACKAGE_IMPORTS_RESOLVE: subpaths, conditions, `*` patterns,
// null targets, and the errors for invalid targets. Shared by require() and import.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  JSONStringify,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
  },
} = require('internal/errors');

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;

function isConditionalExportsMainSugar(exports, pjsonPath) {
  if (typeof exports === 'string' || ArrayIsArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = ObjectKeys(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsConditionalSugar = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

function patternKeyCompare(a, b) {
  const aPatternIndex = StringPrototypeIndexOf(a, '*');
  const bPatternIndex = StringPrototypeIndexOf(b, '*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// packageDir ends with '/'. Returns an absolute path, or null for a null target.
function resolvePackageTargetString(target, subpath, match, packageDir, base, pattern, internal, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(packageDir, match, target, internal, base);
  }
  if (!StringPrototypeStartsWith(target, './')) {
    if (internal && !StringPrototypeStartsWith(target, '../') && !StringPrototypeStartsWith(target, '/')) {
      let isURL = false;
      try { new URL(target); isURL = true; } catch { /* not a URL */ }
      if (!isURL) {
        const exportTarget = pattern ? StringPrototypeReplaceAll(target, '*', () => subpath) : target + subpath;
        return { bare: exportTarget };
      }
    }
    throw invalidTarget(packageDir, match, target, internal, base);
  }
  if (RegExpPrototypeExec(invalidSegmentRegEx, StringPrototypeSlice(target, 2)) !== null) {
    if (RegExpPrototypeExec(deprecatedInvalidSegmentRegEx, StringPrototypeSlice(target, 2)) === null) {
      // a '.' or '..' segment that does not leave the package is tolerated (deprecated)
    } else {
      throw invalidTarget(packageDir, match, target, internal, base);
    }
  }
  const resolvedPath = packageDir + StringPrototypeSlice(target, 2);
  if (subpath === '') return resolvedPath;
  if (RegExpPrototypeExec(invalidSegmentRegEx, subpath) !== null) {
    const request = pattern ? StringPrototypeReplaceAll(match, '*', () => subpath) : match + subpath;
    const { codes: { ERR_INVALID_MODULE_SPECIFIER } } = require('internal/errors');
    throw new ERR_INVALID_MODULE_SPECIFIER(request,
      `request is not a valid match in pattern "${match}" for the "${internal ? 'imports' : 'exports'}" resolution of ${packageDir}package.json`, base);
  }
  if (pattern) return StringPrototypeReplaceAll(resolvedPath, '*', () => subpath);
  return resolvedPath + subpath;
}

function invalidTarget(packageDir, key, target, internal, base) {
  if (typeof target === 'object' && target !== null) target = JSONStringify(target, null, '');
  else target = `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(packageDir, key, target, internal, base);
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFF_FFFF;
}

function resolvePackageTarget(packageDir, target, subpath, packageSubpath, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, packageDir, base, pattern, internal, conditions);
  } else if (ArrayIsArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let resolved;
      try {
        resolved = resolvePackageTarget(packageDir, target[i], subpath, packageSubpath, base, pattern, internal, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastException = null;
        continue;
      }
      return resolved;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  } else if (typeof target === 'object' && target !== null) {
    const keys = ObjectKeys(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        throw new ERR_INVALID_PACKAGE_CONFIG(`${packageDir}package.json`, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || ArrayPrototypeIncludes(conditions, key)) {
        const resolved = resolvePackageTarget(packageDir, target[key], subpath, packageSubpath, base, pattern, internal, conditions);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  } else if (target === null) {
    return null;
  }
  throw invalidTarget(packageDir, packageSubpath, target, internal, base);
}

// packageSubpath is '.' or './x'. Returns an absolute path (or { bare } for imports mappings).
function packageExportsResolve(packageDir, packageSubpath, pjson, base, conditions) {
  let exports = pjson.exports;
  if (isConditionalExportsMainSugar(exports, pjson.pjsonPath)) exports = { '.': exports };

  if (ObjectPrototypeHasOwnProperty(exports, packageSubpath) &&
      !StringPrototypeIncludes(packageSubpath, '*') && !StringPrototypeEndsWith(packageSubpath, '/')) {
    const target = exports[packageSubpath];
    const resolved = resolvePackageTarget(packageDir, target, '', packageSubpath, base, false, false, conditions);
    if (resolved === null || resolved === undefined) {
      throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir, packageSubpath, base);
    }
    return resolved;
  }

  let bestMatch = '';
  let bestMatchSubpath;
  const keys = ObjectKeys(exports);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const patternIndex = StringPrototypeIndexOf(key, '*');
    if (patternIndex !== -1 && StringPrototypeStartsWith(packageSubpath, StringPrototypeSlice(key, 0, patternIndex))) {
      const patternTrailer = StringPrototypeSlice(key, patternIndex + 1);
      if (packageSubpath.length >= key.length &&
          StringPrototypeEndsWith(packageSubpath, patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 &&
          StringPrototypeLastIndexOf(key, '*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = StringPrototypeSlice(packageSubpath, patternIndex,
          packageSubpath.length - patternTrailer.length);
      }
    }
  }
  if (bestMatch) {
    const target = exports[bestMatch];
    const resolved = resolvePackageTarget(packageDir, target, bestMatchSubpath, bestMatch, base, true, false, conditions);
    if (resolved === null || resolved === undefined) {
      throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir, packageSubpath, base);
    }
    return resolved;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir, packageSubpath, base);
}

// name starts with '#'. Returns an absolute path or { bare: specifier } (a package mapping).
function packageImportsResolve(name, base, conditions, pjson) {
  if (name === '#' || StringPrototypeStartsWith(name, '#/') || StringPrototypeEndsWith(name, '/')) {
    const { codes: { ERR_INVALID_MODULE_SPECIFIER } } = require('internal/errors');
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  let packageDir;
  if (pjson !== undefined && pjson.exists) {
    packageDir = StringPrototypeSlice(pjson.pjsonPath, 0, -'package.json'.length);
    const imports = pjson.imports;
    if (imports !== undefined && imports !== null && typeof imports === 'object') {
      if (ObjectPrototypeHasOwnProperty(imports, name) && !StringPrototypeIncludes(name, '*')) {
        const resolved = resolvePackageTarget(packageDir, imports[name], '', name, base, false, true, conditions);
        if (resolved !== null && resolved !== undefined) return resolved;
      } else {
        let bestMatch = '';
        let bestMatchSubpath;
        const keys = ObjectKeys(imports);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const patternIndex = StringPrototypeIndexOf(key, '*');
          if (patternIndex !== -1 && StringPrototypeStartsWith(name, StringPrototypeSlice(key, 0, patternIndex))) {
            const patternTrailer = StringPrototypeSlice(key, patternIndex + 1);
            if (name.length >= key.length && StringPrototypeEndsWith(name, patternTrailer) &&
                patternKeyCompare(bestMatch, key) === 1 && StringPrototypeLastIndexOf(key, '*') === patternIndex) {
              bestMatch = key;
              bestMatchSubpath = StringPrototypeSlice(name, patternIndex, name.length - patternTrailer.length);
            }
          }
        }
        if (bestMatch) {
          const resolved = resolvePackageTarget(packageDir, imports[bestMatch], bestMatchSubpath, bestMatch, base, true, true, conditions);
          if (resolved !== null && resolved !== undefined) return resolved;
        }
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, packageDir, base);
}

// Splits a bare specifier into package name and './subpath'.
function parsePackageName(specifier) {
  let separatorIndex = StringPrototypeIndexOf(specifier, '/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) validPackageName = false;
    else separatorIndex = StringPrototypeIndexOf(specifier, '/', separatorIndex + 1);
  }
  const packageName = separatorIndex === -1 ? specifier : StringPrototypeSlice(specifier, 0, separatorIndex);
  if (RegExpPrototypeExec(/^\.|%|\\/, packageName) !== null) validPackageName = false;
  const packageSubpath = `.${separatorIndex === -1 ? '' : StringPrototypeSlice(specifier, separatorIndex)}`;
  return { packageName, packageSubpath, isScoped, validPackageName };
}

module.exports = {
  packageExportsResolve,
  packageImportsResolve,
  parsePackageName,
};
