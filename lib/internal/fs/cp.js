'use strict';
// fs.cp / fs.cpSync. The checks that decide Node's errors (same path, copy into itself,
// dir onto file and back, missing recursive) run first in JS; the copy itself is one
// binding call (the tree walk in Java), except with a filter, which must see every path:
// then the walk is here, entry by entry.

const {
  StringPrototypeEndsWith,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateObject } = require('internal/validators');
const { binding, fsError, fsErrorFrom, getValidatedPath } = require('internal/fs/utils');
const pathModule = require('path');

function cpOptions(options) {
  if (options == null) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: options.dereference ?? false,
    errorOnExist: options.errorOnExist ?? false,
    force: options.force ?? true,
    preserveTimestamps: options.preserveTimestamps ?? false,
    recursive: options.recursive ?? false,
    verbatimSymlinks: options.verbatimSymlinks ?? false,
    filter: options.filter,
  };
  validateBoolean(o.dereference, 'options.dereference');
  validateBoolean(o.errorOnExist, 'options.errorOnExist');
  validateBoolean(o.force, 'options.force');
  validateBoolean(o.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(o.recursive, 'options.recursive');
  validateBoolean(o.verbatimSymlinks, 'options.verbatimSymlinks');
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

// lstat/stat through the binding: {isDir, exists}; throws Node's error for src.
function kind(path, follow, throwMissing) {
  const ctx = {};
  if (follow) binding.stat(path, false, ctx);
  else binding.lstat(path, false, ctx);
  if (ctx.errno !== undefined) {
    if (!throwMissing && ctx.code === 'ENOENT') return null;
    throw fsError(ctx, path);
  }
  const { getStatsFromBinding } = require('internal/fs/utils');
  return getStatsFromBinding(false);
}

function withSlash(p) {
  return StringPrototypeEndsWith(p, '/') ? p : `${p}/`;
}

// Node's pre-copy checks; async reports them as SystemErrors, sync as plain Errors.
function checkPaths(src, dest, o, async) {
  const s = kind(src, o.dereference, true);
  const d = kind(dest, o.dereference, false);
  const absSrc = pathModule.resolve(src);
  const absDest = pathModule.resolve(dest);
  if (absSrc === absDest || (d && s.ino === d.ino && s.dev === d.dev)) {
    throw async ?
      new ERR_FS_CP_EINVAL({ message: 'src and dest cannot be the same', path: dest, syscall: 'cp', errno: 22, code: 'EINVAL' }) :
      new ERR_FS_CP_EINVAL(`src and dest cannot be the same ${dest}`);
  }
  if (s.isDirectory() && StringPrototypeStartsWith(withSlash(absDest), withSlash(absSrc))) {
    throw async ?
      new ERR_FS_CP_EINVAL({ message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL' }) :
      new ERR_FS_CP_EINVAL(`Cannot copy ${withSlash(src)} to a subdirectory of self ${dest}`);
  }
  if (d) {
    if (s.isDirectory() && !d.isDirectory()) {
      throw async ?
        new ERR_FS_CP_DIR_TO_NON_DIR({ message: `cannot overwrite non-directory ${dest} with directory ${src}`, path: dest, syscall: 'cp', errno: 21, code: 'EISDIR' }) :
        new ERR_FS_CP_DIR_TO_NON_DIR(`Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!s.isDirectory() && d.isDirectory()) {
      throw async ?
        new ERR_FS_CP_NON_DIR_TO_DIR({ message: `cannot overwrite directory ${dest} with non-directory ${src}`, path: dest, syscall: 'cp', errno: 20, code: 'ENOTDIR' }) :
        new ERR_FS_CP_NON_DIR_TO_DIR(`Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
    if (!s.isDirectory() && !o.force && o.errorOnExist) {
      throw new ERR_FS_CP_EEXIST({ message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST' });
    }
  }
  if (s.isDirectory() && !o.recursive) {
    throw async ?
      new ERR_FS_EISDIR({ message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno: 21, code: 'EISDIR' }) :
      new ERR_FS_EISDIR(`Recursive option not enabled, cannot copy a directory: ${withSlash(src)}`);
  }
  return s;
}

function ensureParent(dest) {
  const parent = pathModule.dirname(dest);
  const ctx = {};
  binding.mkdir(parent, 0o777, true, ctx);
  if (ctx.errno !== undefined) throw fsError(ctx, parent);
}

function copyOne(src, dest, o) {
  const ctx = {};
  binding.cp(src, dest, o.recursive, o.force, o.errorOnExist, o.dereference, o.preserveTimestamps,
    o.verbatimSymlinks, ctx);
  if (ctx.errno !== undefined) {
    if (ctx.code === 'EEXIST' && ctx.syscall === 'cp') {
      throw new ERR_FS_CP_EEXIST({ message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST' });
    }
    throw fsError(ctx, src, dest);
  }
}

// The walk for filters: every path is offered to filter(src, dest) before it is copied.
function copyFiltered(src, dest, o, checked = false) {
  if (!checked) {
    const ok = o.filter(src, dest);
    if (ok !== null && typeof ok === 'object' && typeof ok.then === 'function') {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', ok);
    }
    if (!ok) return;
  }
  const s = kind(src, o.dereference, true);
  if (!s.isDirectory()) {
    copyOne(src, dest, { ...o, recursive: false });
    return;
  }
  const ctx = {};
  binding.mkdir(dest, 0o777, true, ctx);
  if (ctx.errno !== undefined) throw fsError(ctx, dest);
  const listing = binding.readdir(src, false, false, ctx);
  if (ctx.errno !== undefined) throw fsError(ctx, src);
  const names = listing === '' ? [] : listing.split('\u0000');
  for (let i = 0; i < names.length - 1; i++) {
    copyFiltered(pathModule.join(src, names[i]), pathModule.join(dest, names[i]), o);
  }
}

function cpSync(src, dest, options) {
  const o = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  if (o.filter !== undefined && !o.filter(src, dest)) return;
  checkPaths(src, dest, o, false);
  ensureParent(dest);
  if (o.filter !== undefined) {
    copyFiltered(src, dest, o, true);
    return;
  }
  copyOne(src, dest, o);
}

function cp(src, dest, options, callback) {
  const o = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const run = async () => {
    if (o.filter !== undefined && !(await o.filter(src, dest))) return;
    checkPaths(src, dest, o, true);
    ensureParent(dest);
    if (o.filter !== undefined) {
      await copyFilteredAsync(src, dest, o);
      return;
    }
    await new Promise((resolve, reject) => {
      binding.cp(src, dest, o.recursive, o.force, o.errorOnExist, o.dereference, o.preserveTimestamps,
        o.verbatimSymlinks, (errno, code, message, syscall) => {
          if (errno === 0) return resolve();
          if (code === 'EEXIST' && syscall === 'cp') {
            return reject(new ERR_FS_CP_EEXIST({ message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST' }));
          }
          reject(fsErrorFrom(errno, code, message, syscall, src, dest));
        });
    });
  };
  run().then(() => callback(null), callback);
}

async function copyFilteredAsync(src, dest, o) {
  const s = kind(src, o.dereference, true);
  if (!s.isDirectory()) {
    copyOne(src, dest, { ...o, recursive: false });
    return;
  }
  const ctx = {};
  binding.mkdir(dest, 0o777, true, ctx);
  if (ctx.errno !== undefined) throw fsError(ctx, dest);
  const listing = binding.readdir(src, false, false, ctx);
  if (ctx.errno !== undefined) throw fsError(ctx, src);
  const names = listing === '' ? [] : listing.split('\u0000');
  for (let i = 0; i < names.length - 1; i++) {
    const s2 = pathModule.join(src, names[i]);
    const d2 = pathModule.join(dest, names[i]);
    if (await o.filter(s2, d2)) await copyFilteredAsync(s2, d2, o);
  }
}

module.exports = { cp, cpSync };
