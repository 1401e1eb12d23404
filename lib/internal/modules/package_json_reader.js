'use strict';
// package.json files as the resolvers see them: parsed once, cached by path, with Node's
// error for a broken one, and the walk up to the enclosing package scope.

const {
  JSONParse,
  ObjectPrototypeHasOwnProperty,
  SafeMap,
  StringPrototypeEndsWith,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
} = primordials;

const fsBinding = internalBinding('fs');
const cache = new SafeMap();

// { exists, name, main, exports, imports, type, pjsonPath, data } or { exists: false }.
function read(jsonPath) {
  let result = cache.get(jsonPath);
  if (result !== undefined) return result;
  const ctx = {};
  const text = fsBinding.readFileUtf8(jsonPath, ctx);
  if (ctx.code !== undefined) {
    result = { exists: false, pjsonPath: jsonPath };
  } else {
    let data;
    try {
      data = JSONParse(text);
    } catch (err) {
      const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
      const e = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, err.message);
      e.cause = err;
      throw e;
    }
    if (data === null || typeof data !== 'object') data = {};
    const has = (k) => ObjectPrototypeHasOwnProperty(data, k);
    result = {
      exists: true,
      pjsonPath: jsonPath,
      name: has('name') && typeof data.name === 'string' ? data.name : undefined,
      main: has('main') && typeof data.main === 'string' ? data.main : undefined,
      exports: has('exports') ? data.exports : undefined,
      imports: has('imports') ? data.imports : undefined,
      type: data.type === 'module' || data.type === 'commonjs' ? data.type : 'none',
      data,
    };
  }
  cache.set(jsonPath, result);
  return result;
}

// The nearest package.json at or above checkPath's folder, not crossing a node_modules.
function getPackageScopeConfig(checkPath) {
  let dir = checkPath;
  let sep = StringPrototypeLastIndexOf(dir, '/');
  while (sep !== -1) {
    dir = StringPrototypeSlice(dir, 0, sep);
    if (StringPrototypeEndsWith(dir, '/node_modules')) return undefined;
    const pjson = read(`${dir}/package.json`);
    if (pjson.exists) return pjson;
    sep = StringPrototypeLastIndexOf(dir, '/');
  }
  return undefined;
}

module.exports = { getPackageScopeConfig, read };
