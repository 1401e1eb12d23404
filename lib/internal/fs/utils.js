'use strict';
// Shared pieces of fs, fs/promises and the fs streams: constants, flag parsing, path/fd
// validation, Node's Stats/Dirent objects, and the one place a failed binding call becomes
// Node's error ("ENOENT: no such file or directory, open '/x'").

const {
  ArrayBufferIsView,
  BigInt,
  Date,
  DateNow,
  DatePrototypeGetTime,
  Float64Array,
  BigInt64Array,
  MathRound,
  NumberIsFinite,
  NumberIsInteger,
  ObjectDefineProperty,
  ObjectFreeze,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  Symbol,
  decodeURIComponent,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  uvException,
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateObject,
} = require('internal/validators');

const binding = internalBinding('fs');

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0,
  UV_FS_O_RANDOM: 0,
  O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144,
  O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32,
  S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
ObjectFreeze(constants);

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
} = constants;

// ---- Buffer, loaded on first binary use ----
let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// A Buffer over the bytes of a direct ByteBuffer the binding returned (zero-copy).
function bufferFromHost(bb) {
  const ab = new ArrayBuffer(bb);
  return lazyBuffer().from(ab, 0, ab.byteLength);
}

// ---- flags ----
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

// ---- paths ----
function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function fileURLToPathString(url) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== undefined) {
    throw new ERR_INVALID_FILE_URL_HOST('linux');
  }
  const pathname = url.pathname;
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%') {
      const third = StringPrototypeCharCodeAt(pathname, i + 2) | 0x20;
      if (pathname[i + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(p) {
  return isURL(p) ? fileURLToPathString(p) : p;
}

// The path as the string the binding takes: string, Buffer/Uint8Array (UTF-8) or file: URL.
function getValidatedPath(fileURLOrPath, name = 'path') {
  let path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string') {
    if (ArrayBufferIsView(path) && path instanceof Uint8Array) {
      path = lazyBuffer().from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
      if (StringPrototypeIncludes(path, '\u0000')) {
        throw new ERR_INVALID_ARG_VALUE(name, fileURLOrPath,
          'must be a string, Uint8Array, or URL without null bytes');
      }
      return path;
    }
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (StringPrototypeIncludes(path, '\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function getValidatedFd(fd, name = 'fd') {
  if (typeof fd === 'object' && fd !== null && typeof fd.fd === 'number') fd = fd.fd;
  validateInt32(fd, name, 0);
  return fd;
}

// ---- options ----
const encodings = ['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'buffer'];

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer') {
    let ok = false;
    for (let i = 0; i < encodings.length; i++) {
      if (encodings[i] === encoding) { ok = true; break; }
    }
    if (!ok && !encodings.includes(StringPrototypeToLowerCase(`${encoding}`))) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
    }
  }
}

function getOptions(options, defaultOptions = { __proto__: null }) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const e = StringPrototypeToLowerCase(`${enc}`);
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'latin1': case 'binary': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'ascii': case 'hex': case 'base64': case 'base64url': case 'buffer': return e;
  }
  throw new ERR_UNKNOWN_ENCODING(enc);
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Encodes a string result (a path, a name) as the caller asked.
function encodeName(str, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return str;
  const buf = lazyBuffer().from(str, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// ---- errors ----
// ctx (filled by the binding on failure) → Node's uvException with path/dest added.
function fsError(ctx, path, dest, constructorOpt = fsError) {
  const c = { errno: ctx.errno, code: ctx.code, message: ctx.message, syscall: ctx.syscall };
  if (path !== undefined) c.path = path;
  if (dest !== undefined) c.dest = dest;
  return uvException(c, constructorOpt);
}

function fsErrorFrom(errno, code, message, syscall, path, dest) {
  return fsError({ errno, code, message, syscall }, path, dest);
}

// ---- times ----
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (NumberIsFinite(time)) {
    if (time < 0) return DateNow() / 1000;
    return time;
  }
  if (time instanceof Date) return DatePrototypeGetTime(time) / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---- Stats ----
const statValues = binding.statValues();
const statF64 = new Float64Array(new ArrayBuffer(statValues), 0, 18);
const statI64 = new BigInt64Array(new ArrayBuffer(statValues), 18 * 8, 18);
const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;
const kMsPerSec = 1000;
const kNsPerMs = 1e6;

function dateFromMs(ms) {
  return new Date(MathRound(Number(ms)));
}

// The shared prototype of Stats and BigIntStats (the type checks), as in Node.
class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

// Dates are made on first read and then kept as own properties, as Node does.
function defineDates(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const msKey = `${name}Ms`;
    ObjectDefineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        const value = dateFromMs(this[msKey]);
        ObjectDefineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        ObjectDefineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  ReflectApplyStatsBase(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
function ReflectApplyStatsBase(self, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  self.dev = dev;
  self.mode = mode;
  self.nlink = nlink;
  self.uid = uid;
  self.gid = gid;
  self.rdev = rdev;
  self.blksize = blksize;
  self.ino = ino;
  self.size = size;
  self.blocks = blocks;
}
Stats.prototype = { __proto__: StatsBase.prototype, constructor: Stats };
ObjectDefineProperty(Stats.prototype, 'constructor', { __proto__: null, enumerable: false });
defineDates(Stats.prototype);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};
ObjectDefineProperty(Stats.prototype, '_checkModeProperty', { __proto__: null, enumerable: false });

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  ReflectApplyStatsBase(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
BigIntStats.prototype = { __proto__: StatsBase.prototype, constructor: BigIntStats };
ObjectDefineProperty(BigIntStats.prototype, 'constructor', { __proto__: null, enumerable: false });
defineDates(BigIntStats.prototype);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};
ObjectDefineProperty(BigIntStats.prototype, '_checkModeProperty', { __proto__: null, enumerable: false });

function msFrom(a, i) {
  return a[i] * kMsPerSec + a[i + 1] / kNsPerMs;
}

// Builds the Stats from what the binding just wrote into statValues.
function getStatsFromBinding(bigint) {
  if (bigint) {
    const a = statI64;
    const ns = (i) => a[i] * kNsPerSecBigInt + a[i + 1];
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
      ns(10), ns(12), ns(14), ns(16));
  }
  const a = statF64;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    msFrom(a, 10), msFrom(a, 12), msFrom(a, 14), msFrom(a, 16));
}

// ---- Dirent ----
const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function joinPath(dir, rel) {
  if (rel === '') return dir;
  return dir[dir.length - 1] === '/' ? dir + rel : `${dir}/${rel}`;
}

// The binding's NUL-joined listing → names or Dirents (parentPath = the entry's directory).
function parseReaddir(listing, dir, withFileTypes, encoding) {
  const out = [];
  if (listing === '') return out;
  const parts = StringPrototypeSplit(listing, '\u0000');
  for (let i = 0; i < parts.length - 1; i++) {
    const entry = parts[i];
    if (!withFileTypes) {
      out[out.length] = encodeName(entry, encoding);
      continue;
    }
    const type = StringPrototypeCharCodeAt(entry, 0) - 48;
    const rel = StringPrototypeSlice(entry, 1);
    const slash = rel.lastIndexOf('/');
    const name = slash === -1 ? rel : StringPrototypeSlice(rel, slash + 1);
    const parent = slash === -1 ? dir : joinPath(dir, StringPrototypeSlice(rel, 0, slash));
    out[out.length] = new Dirent(encodeName(name, encoding), type, parent);
  }
  return out;
}

// ---- read/write argument checks (Node's wording) ----
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name = 'position', length) {
  if (typeof position === 'number') {
    if (!NumberIsInteger(position)) throw new ERR_OUT_OF_RANGE(name, 'an integer', position);
    const max = 2 ** 63 - 1 - (length ?? 0);
    if (position < -1 || position > max) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
  } else if (typeof position === 'bigint') {
    if (position < -1n || position > 2n ** 63n - 1n) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

// Copies the bytes of a binding result (direct ByteBuffer) into buffer at offset.
function copyHostBytes(bb, buffer, offset) {
  const ab = new ArrayBuffer(bb);
  const n = ab.byteLength;
  if (n > 0) {
    const target = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, n);
    target.set(new Uint8Array(ab));
  }
  return n;
}

// Mode for mkdir/open/chmod: number or octal string.
const { parseFileMode } = require('internal/validators');

module.exports = {
  BigIntStats,
  Dirent,
  Stats,
  assertEncoding,
  binding,
  bufferFromHost,
  constants,
  copyHostBytes,
  encodeName,
  fsError,
  fsErrorFrom,
  getOptions,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  isURL,
  joinPath,
  kType,
  lazyBuffer,
  makeCallback,
  normalizeEncoding,
  parseFileMode,
  parseReaddir,
  stringToFlags,
  toPathIfFileURL,
  toUnixTimestamp,
  validateObject,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
};
