'use strict';
// path: POSIX and Windows path manipulation (Node 24 semantics, edge cases included).
// The module loader leans on this file, so it requires nothing heavy at top level:
// errors are reached lazily, the glob matcher only when matchesGlob is called.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  FunctionPrototypeBind,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
} = primordials;

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const DOT = 46; // '.'
const COLON = 58; // ':'
const QUESTION = 63; // '?'

let validators;
function lazyValidators() {
  validators ??= require('internal/validators');
  return validators;
}
// The common case (a string) costs one typeof; the error machinery loads on failure only.
function validateString(value, name) {
  if (typeof value !== 'string') lazyValidators().validateString(value, name);
}

let globMatcher;
function matchGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  globMatcher ??= require('internal/fs/glob_match');
  return globMatcher.matchGlobPattern(path, pattern, windows);
}

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Resolve '.', '..' and runs of separators in a root-less path. Segments that would climb
// above the start are kept as '..' only when allowAboveRoot (relative paths).
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  const len = path.length;
  let start = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(StringPrototypeCharCodeAt(path, i))) continue;
    const n = i - start;
    if (n === 0 || (n === 1 && StringPrototypeCharCodeAt(path, start) === DOT)) {
      // empty or '.': nothing to keep
    } else if (n === 2 && StringPrototypeCharCodeAt(path, start) === DOT &&
               StringPrototypeCharCodeAt(path, start + 1) === DOT) {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        ArrayPrototypePop(out);
      } else if (allowAboveRoot) {
        ArrayPrototypePush(out, '..');
      }
    } else {
      ArrayPrototypePush(out, StringPrototypeSlice(path, start, i));
    }
    start = i + 1;
  }
  return ArrayPrototypeJoin(out, sep);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// Shared by posix.format and win32.format (bound with the separator, as Node exposes it).
function _format(sep, pathObject) {
  if (pathObject === null || typeof pathObject !== 'object' || ArrayIsArray(pathObject)) {
    lazyValidators().validateObject(pathObject, 'pathObject');
  }
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// basename with the `suffix` argument. `start` is where the last segment may begin at the
// earliest (after a win32 drive). Quirks kept from Node: the suffix is matched against the
// last segment only; a suffix equal to the whole segment is not removed; a suffix longer
// than the segment that matches all of it yields the segment with its trailing separators.
function basenameWithSuffix(path, suffix, start, isSep) {
  if (suffix === path) return '';
  let end = path.length;
  while (end > start && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
  if (end === start) return StringPrototypeSlice(path, start);
  let segStart = end;
  while (segStart > start && !isSep(StringPrototypeCharCodeAt(path, segStart - 1))) segStart--;
  // Compare the suffix backwards against the segment.
  let s = suffix.length - 1;
  let p = end - 1;
  while (s >= 0 && p >= segStart) {
    if (StringPrototypeCharCodeAt(suffix, s) !== StringPrototypeCharCodeAt(path, p)) {
      return StringPrototypeSlice(path, segStart, end);
    }
    s--;
    p--;
  }
  if (s >= 0) return StringPrototypeSlice(path, segStart); // segment shorter than suffix
  if (p + 1 === segStart) return StringPrototypeSlice(path, segStart, end); // whole segment
  return StringPrototypeSlice(path, segStart, p + 1);
}

function basenameNoSuffix(path, start, isSep) {
  let end = path.length;
  while (end > start && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
  if (end === start) return '';
  let segStart = end;
  while (segStart > start && !isSep(StringPrototypeCharCodeAt(path, segStart - 1))) segStart--;
  return StringPrototypeSlice(path, segStart, end);
}

// Locate the extension of the last segment of path[start, len): returns the index of its dot,
// or -1 when there is none (no dot, a leading dot as in '.profile', or the segment '..').
// Writes the segment bounds to extSegStart/extSegEnd.
let extSegStart = 0;
let extSegEnd = 0;
function findExtension(path, start, isSep) {
  let end = path.length;
  while (end > start && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
  let segStart = end;
  while (segStart > start && !isSep(StringPrototypeCharCodeAt(path, segStart - 1))) segStart--;
  extSegStart = segStart;
  extSegEnd = end;
  if (end === segStart) return -1;
  let dot = end - 1;
  while (dot >= segStart && StringPrototypeCharCodeAt(path, dot) !== DOT) dot--;
  if (dot <= segStart) return -1;
  if (end - segStart === 2 && dot === segStart + 1 &&
      StringPrototypeCharCodeAt(path, segStart) === DOT) {
    return -1; // '..'
  }
  return dot;
}

// ---------------------------------------------------------------------------------------
// POSIX
// ---------------------------------------------------------------------------------------

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else {
        path = process.cwd();
      }
      resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
      absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
    const trailing = StringPrototypeCharCodeAt(path, len - 1) === SLASH;
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && StringPrototypeCharCodeAt(path, 0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are now absolute and normalized: compare segment by segment.
    const fromParts = from.length === 1 ? [] : StringPrototypeSplit(StringPrototypeSlice(from, 1), '/');
    const toParts = to.length === 1 ? [] : StringPrototypeSplit(StringPrototypeSlice(to, 1), '/');
    let common = 0;
    const max = fromParts.length < toParts.length ? fromParts.length : toParts.length;
    while (common < max && fromParts[common] === toParts[common]) common++;
    const out = [];
    for (let i = common; i < fromParts.length; i++) ArrayPrototypePush(out, '..');
    for (let i = common; i < toParts.length; i++) ArrayPrototypePush(out, toParts[i]);
    return ArrayPrototypeJoin(out, '/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const rooted = StringPrototypeCharCodeAt(path, 0) === SLASH;
    let i = len - 1;
    while (i >= 1 && StringPrototypeCharCodeAt(path, i) === SLASH) i--;
    while (i >= 1 && StringPrototypeCharCodeAt(path, i) !== SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return StringPrototypeSlice(path, 0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return basenameWithSuffix(path, suffix, 0, isPosixSep);
    }
    return basenameNoSuffix(path, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const dot = findExtension(path, 0, isPosixSep);
    return dot === -1 ? '' : StringPrototypeSlice(path, dot, extSegEnd);
  },

  format: FunctionPrototypeBind(_format, null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
    if (absolute) ret.root = '/';
    let dot = findExtension(path, absolute ? 1 : 0, isPosixSep);
    const segStart = extSegStart;
    // Node's quirk: a '..' right after the root ('/..') is not recognised as '..' by parse.
    if (dot === -1 && segStart === 1 && extSegEnd === 3 && StringPrototypeCharCodeAt(path, 1) === DOT &&
        StringPrototypeCharCodeAt(path, 2) === DOT) dot = 2;
    const segEnd = extSegEnd;
    if (segEnd > segStart) {
      ret.base = StringPrototypeSlice(path, segStart, segEnd);
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = StringPrototypeSlice(path, segStart, dot);
        ret.ext = StringPrototypeSlice(path, dot, segEnd);
      }
    }
    if (segStart > 1) {
      ret.dir = StringPrototypeSlice(path, 0, segStart - 1);
    } else if (segStart === 1 && !absolute) {
      ret.dir = '';
    } else if (absolute) {
      ret.dir = '/';
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------------------
// Windows
// ---------------------------------------------------------------------------------------

// Names Windows reserves for devices; 'CON:' & co. are never a relative file name.
const kReservedNames = [
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
];

function isReservedDevice(str, colon) {
  return colon > 0 &&
    ArrayPrototypeIncludes(kReservedNames, StringPrototypeToUpperCase(StringPrototypeSlice(str, 0, colon)));
}

// Result of parseWinRoot(): where the root ends, the device ('' if none), whether absolute.
let rootEnd = 0;
let rootDevice = '';
let rootAbsolute = false;
let rootUncOnly = false; // the path is nothing but '\\server\share'

// Parse the root of a win32 path the way resolve() and normalize() see it:
// '\\server\share', the device namespaces '\\.\' and '\\?\', 'C:' or 'C:\', or a separator.
function parseWinRoot(path) {
  const len = path.length;
  rootEnd = 0;
  rootDevice = '';
  rootAbsolute = false;
  rootUncOnly = false;
  if (len === 0) return;
  const code = StringPrototypeCharCodeAt(path, 0);
  if (len === 1) {
    if (isWinSep(code)) {
      rootEnd = 1;
      rootAbsolute = true;
    }
    return;
  }
  if (isWinSep(code)) {
    rootAbsolute = true;
    rootEnd = 1;
    if (!isWinSep(StringPrototypeCharCodeAt(path, 1))) return;
    // '\\server\share'
    let j = 2;
    while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
    if (j === len || j === 2) return;
    const server = StringPrototypeSlice(path, 2, j);
    while (j < len && isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
    if (j === len) return;
    const shareStart = j;
    while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
    if (server === '.' || server === '?') {
      rootDevice = `\\\\${server}`;
      rootEnd = 4;
    } else {
      rootDevice = `\\\\${server}\\${StringPrototypeSlice(path, shareStart, j)}`;
      rootEnd = j;
      rootUncOnly = j === len;
    }
  } else if (isDriveLetter(code) && StringPrototypeCharCodeAt(path, 1) === COLON) {
    rootDevice = StringPrototypeSlice(path, 0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(StringPrototypeCharCodeAt(path, 2))) {
      rootAbsolute = true;
      rootEnd = 3;
    }
  }
}

// Start of the part after a leading 'C:' (for basename/extname), else 0.
function driveOffset(path) {
  return path.length >= 2 && StringPrototypeCharCodeAt(path, 1) === COLON &&
    isDriveLetter(StringPrototypeCharCodeAt(path, 0)) ? 2 : 0;
}

// Where a plain '\\server\share' UNC root ends, as dirname() and parse() see it:
// returns -1 if the path is only that root, the index after its separator otherwise,
// or 1 (just the leading separator) when the UNC root is incomplete.
function uncRootEnd(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (j === len || j === 2) return 1;
  while (j < len && isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (j === len) return 1;
  while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (j === len) return -1;
  return j + 1;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // The per-drive cwd Windows keeps in '=C:' (only on Windows, as in Node), else the
        // root of that drive.
        path = (process.platform === 'win32' && process.env[`=${device}`]) || process.cwd();
        if (path === undefined ||
            (StringPrototypeToLowerCase(StringPrototypeSlice(path, 0, 2)) !==
              StringPrototypeToLowerCase(device) &&
             StringPrototypeCharCodeAt(path, 2) === BACKSLASH)) {
          path = `${device}\\`;
        }
      }
      parseWinRoot(path);
      if (rootDevice.length > 0) {
        if (device.length > 0) {
          if (StringPrototypeToLowerCase(rootDevice) !== StringPrototypeToLowerCase(device)) {
            continue; // a path on another drive does not contribute
          }
        } else {
          device = rootDevice;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${StringPrototypeSlice(path, rootEnd)}\\${tail}`;
        absolute = rootAbsolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(StringPrototypeCharCodeAt(path, 0)) ? '\\' : path;
    parseWinRoot(path);
    if (rootUncOnly) return `${rootDevice}\\`;
    let device = rootDevice;
    let end = rootEnd;
    let reserved = false;
    if (device.length === 0 && !rootAbsolute) {
      const colon = StringPrototypeIndexOf(path, ':');
      if (isReservedDevice(path, colon)) {
        device = StringPrototypeSlice(path, 0, colon + 1);
        end = colon + 1;
        reserved = true;
      }
    }
    let tail = end < len ? normalizeSegments(StringPrototypeSlice(path, end), !rootAbsolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !rootAbsolute) tail = '.';
    if (tail.length > 0 && isWinSep(StringPrototypeCharCodeAt(path, len - 1))) tail += '\\';
    if (reserved) return `.\\${device}${tail}`;
    if (!rootAbsolute && device.length === 0 && StringPrototypeIndexOf(path, ':') !== -1) {
      // A relative path must not come out looking like a drive ('x/../c:' -> '.\c:')
      // or an alternate data stream of a drive-like name ('a:' -> '.\a:').
      if (tail.length >= 2 && isDriveLetter(StringPrototypeCharCodeAt(tail, 0)) &&
          StringPrototypeCharCodeAt(tail, 1) === COLON) {
        return `.\\${tail}`;
      }
      let colon = StringPrototypeIndexOf(path, ':');
      while (colon !== -1) {
        if (colon === len - 1 || isWinSep(StringPrototypeCharCodeAt(path, colon + 1))) {
          return `.\\${tail}`;
        }
        colon = StringPrototypeIndexOf(path, ':', colon + 1);
      }
    }
    if (device.length === 0) return rootAbsolute ? `\\${tail}` : tail;
    return rootAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = StringPrototypeCharCodeAt(path, 0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && StringPrototypeCharCodeAt(path, 1) === COLON &&
       isWinSep(StringPrototypeCharCodeAt(path, 2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Joining must not invent a UNC root: leading separators collapse to one unless the
    // first argument itself starts with exactly two separators and more ('\\server').
    let keepUnc = false;
    if (first.length > 2 && isWinSep(StringPrototypeCharCodeAt(first, 0)) &&
        isWinSep(StringPrototypeCharCodeAt(first, 1)) && !isWinSep(StringPrototypeCharCodeAt(first, 2))) {
      keepUnc = true;
    }
    if (!keepUnc) {
      let n = 0;
      while (n < joined.length && isWinSep(StringPrototypeCharCodeAt(joined, n))) n++;
      if (n >= 2) joined = `\\${StringPrototypeSlice(joined, n)}`;
    }
    // A segment naming a reserved device ('CON:') is left as is, separators made '\'.
    const parts = StringPrototypeSplit(joined, '\\');
    for (let i = 0; i < parts.length; i++) {
      if (isReservedDevice(parts[i], StringPrototypeIndexOf(parts[i], ':'))) {
        return StringPrototypeReplace(joined, /\//g, '\\');
      }
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const fromLower = StringPrototypeToLowerCase(fromOrig);
    const toLower = StringPrototypeToLowerCase(toOrig);
    if (fromLower === toLower) return '';
    if (fromLower.length !== fromOrig.length || toLower.length !== toOrig.length) {
      // Lower-casing changed the length (e.g. 'İ'): compare whole segments instead.
      return relativeBySegments(fromOrig, toOrig);
    }
    return relativeByChars(fromLower, toLower, toOrig);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const c0 = StringPrototypeCharCodeAt(resolved, 0);
    if (c0 === BACKSLASH) {
      if (StringPrototypeCharCodeAt(resolved, 1) === BACKSLASH) {
        const c2 = StringPrototypeCharCodeAt(resolved, 2);
        if (c2 !== QUESTION && c2 !== DOT) return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
      }
    } else if (isDriveLetter(c0) && StringPrototypeCharCodeAt(resolved, 1) === COLON &&
               StringPrototypeCharCodeAt(resolved, 2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = StringPrototypeCharCodeAt(path, 0);
    if (len === 1) return isWinSep(code) ? path : '.';
    let root = -1;
    if (isWinSep(code)) {
      root = 1;
      if (isWinSep(StringPrototypeCharCodeAt(path, 1))) {
        root = uncRootEnd(path);
        if (root === -1) return path;
      }
    } else if (isDriveLetter(code) && StringPrototypeCharCodeAt(path, 1) === COLON) {
      root = len > 2 && isWinSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
    }
    const offset = root === -1 ? 0 : root;
    let i = len - 1;
    while (i >= offset && isWinSep(StringPrototypeCharCodeAt(path, i))) i--;
    while (i >= offset && !isWinSep(StringPrototypeCharCodeAt(path, i))) i--;
    if (i < offset) return root === -1 ? '.' : StringPrototypeSlice(path, 0, root);
    return StringPrototypeSlice(path, 0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = driveOffset(path);
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return basenameWithSuffix(path, suffix, start, isWinSep);
    }
    return basenameNoSuffix(path, start, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const dot = findExtension(path, driveOffset(path), isWinSep);
    return dot === -1 ? '' : StringPrototypeSlice(path, dot, extSegEnd);
  },

  format: FunctionPrototypeBind(_format, null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const code = StringPrototypeCharCodeAt(path, 0);
    if (len === 1) {
      if (isWinSep(code)) {
        ret.root = ret.dir = path;
      } else {
        ret.base = ret.name = path;
      }
      return ret;
    }
    let root = 0;
    if (isWinSep(code)) {
      root = 1;
      if (isWinSep(StringPrototypeCharCodeAt(path, 1))) {
        root = uncRootEnd(path);
        if (root === -1) root = len;
      }
    } else if (isDriveLetter(code) && StringPrototypeCharCodeAt(path, 1) === COLON) {
      if (len <= 2 || (len === 3 && isWinSep(StringPrototypeCharCodeAt(path, 2)))) {
        ret.root = ret.dir = path;
        return ret;
      }
      root = isWinSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
    }
    if (root > 0) ret.root = StringPrototypeSlice(path, 0, root);
    const dot = findExtension(path, root, isWinSep);
    const segStart = extSegStart;
    const segEnd = extSegEnd;
    if (segEnd > segStart) {
      ret.base = StringPrototypeSlice(path, segStart, segEnd);
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = StringPrototypeSlice(path, segStart, dot);
        ret.ext = StringPrototypeSlice(path, dot, segEnd);
      }
    }
    if (segStart > 0 && segStart !== root) {
      ret.dir = StringPrototypeSlice(path, 0, segStart - 1);
    } else {
      ret.dir = ret.root;
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// win32.relative on resolved paths whose lower-cased forms line up char for char.
// Separators at both ends are ignored; the paths are compared char by char up to the
// last common separator. Node's results for paths where one segment is a prefix of the
// other ('\\ab' -> '\\abc' gives 'c') come from this char-level view and are kept.
function relativeByChars(from, to, toOrig) {
  let fromStart = 0;
  let fromEnd = from.length;
  while (fromStart < fromEnd && StringPrototypeCharCodeAt(from, fromStart) === BACKSLASH) fromStart++;
  while (fromEnd - 1 > fromStart && StringPrototypeCharCodeAt(from, fromEnd - 1) === BACKSLASH) fromEnd--;
  let toStart = 0;
  let toEnd = to.length;
  while (toStart < toEnd && StringPrototypeCharCodeAt(to, toStart) === BACKSLASH) toStart++;
  while (toEnd - 1 > toStart && StringPrototypeCharCodeAt(to, toEnd - 1) === BACKSLASH) toEnd--;
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;
  const common = fromLen < toLen ? fromLen : toLen;
  let lastSep = -1;
  let i = 0;
  for (; i < common; i++) {
    const c = StringPrototypeCharCodeAt(from, fromStart + i);
    if (c !== StringPrototypeCharCodeAt(to, toStart + i)) break;
    if (c === BACKSLASH) lastSep = i;
  }
  if (i !== common) {
    if (lastSep === -1) return toOrig; // nothing in common: different roots
  } else {
    if (toLen > common) {
      // `from` is a prefix of `to`.
      if (StringPrototypeCharCodeAt(to, toStart + i) === BACKSLASH) {
        return StringPrototypeSlice(toOrig, toStart + i + 1, toEnd);
      }
      if (i === 2) return StringPrototypeSlice(toOrig, toStart + i, toEnd); // 'C:' -> 'C:foo'
    }
    if (fromLen > common) {
      // `to` is a prefix of `from`.
      if (StringPrototypeCharCodeAt(from, fromStart + i) === BACKSLASH) lastSep = i;
      else if (i === 2) lastSep = 3;
    }
    if (lastSep === -1) lastSep = 0;
  }
  let out = '';
  for (let k = fromStart + lastSep + 1; k <= fromEnd; k++) {
    if (k === fromEnd || StringPrototypeCharCodeAt(from, k) === BACKSLASH) {
      out += out.length === 0 ? '..' : '\\..';
    }
  }
  toStart += lastSep;
  if (out.length > 0) return `${out}${StringPrototypeSlice(toOrig, toStart, toEnd)}`;
  if (StringPrototypeCharCodeAt(toOrig, toStart) === BACKSLASH) toStart++;
  return StringPrototypeSlice(toOrig, toStart, toEnd);
}

// win32.relative when case-folding changes lengths: whole '\\'-separated segments,
// compared case-insensitively.
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = StringPrototypeSplit(fromOrig, '\\');
  const toParts = StringPrototypeSplit(toOrig, '\\');
  if (fromParts[fromParts.length - 1] === '') ArrayPrototypePop(fromParts);
  if (toParts[toParts.length - 1] === '') ArrayPrototypePop(toParts);
  const max = fromParts.length < toParts.length ? fromParts.length : toParts.length;
  let common = 0;
  while (common < max &&
         StringPrototypeToLowerCase(fromParts[common]) === StringPrototypeToLowerCase(toParts[common])) {
    common++;
  }
  if (common === 0) return toOrig;
  const out = [];
  for (let i = common; i < fromParts.length; i++) ArrayPrototypePush(out, '..');
  for (let i = common; i < toParts.length; i++) ArrayPrototypePush(out, toParts[i]);
  return ArrayPrototypeJoin(out, '\\');
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
