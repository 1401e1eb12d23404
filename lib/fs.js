'use strict';
// The `fs` module. Each operation is one binding call that runs inline (the *Sync form, the
// binding fills a ctx object on failure) or on the blocking pool (the callback form, the
// binding calls the req function on the loop later); errors become Node's uvException in
// one place (internal/fs/utils fsError).

const {
  ArrayBufferIsView,
  ArrayIsArray,
  Number,
  ObjectDefineProperties,
  ObjectDefineProperty,
  Promise,
  RangeError,
  ReflectApply,
  StringPrototypeSlice,
  SymbolFor,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateOneOf,
  validateUint32,
} = require('internal/validators');
const { bindToCurrentFrame } = require('internal/async_hooks');
const {
  Dirent,
  Stats,
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
  lazyBuffer,
  makeCallback,
  normalizeEncoding,
  parseFileMode,
  parseReaddir,
  stringToFlags,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
} = require('internal/fs/utils');

const { F_OK } = constants;
const kMaxReadFile = 2 ** 31 - 1;

// ---- the sync/async door ----

// The req function the binding calls on the loop when an async operation ends. It runs in
// the async context frame of the call that started the operation (AsyncLocalStorage).
function req(cb, path, dest, map) {
  cb = bindToCurrentFrame(cb);
  return (errno, code, message, syscall, result) => {
    if (errno !== 0) {
      cb(fsErrorFrom(errno, code, message, syscall, path, dest));
    } else if (map !== undefined) {
      cb(null, map(result));
    } else if (result === null) {
      cb(null); // operations without a result (Java's null)
    } else {
      cb(null, result);
    }
  };
}

function check(ctx, path, dest) {
  if (ctx.errno !== undefined) {
    throw fsError(ctx, path, dest, check);
  }
}

// Node validates a Buffer/URL path and then reports the string form.
function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// ---- access / exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, req(callback, path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  const ctx = {};
  binding.access(path, mode, ctx);
  check(ctx, path);
}

function getValidMode(mode, type) {
  const def = type === 'copyFile' ? 0 : F_OK;
  if (mode == null) return def;
  validateInt32(mode, 'mode');
  if (mode < 0 || mode > 7) {
    // Node checks this in C++, with a plain RangeError carrying the code
    const err = new RangeError('mode is out of range: >= 0 && <= 7');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
}

function exists(path, callback) {
  maybeCallback(callback);
  let p;
  try {
    p = getValidatedPath(path);
  } catch {
    return callback(false);
  }
  binding.access(p, F_OK, (errno) => callback(errno === 0));
}
ObjectDefineProperty(exists, SymbolFor('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

// ---- open / close / read / write ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, req(callback, path));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const ctx = {};
  const fd = binding.open(path, flagsNumber, mode, ctx);
  check(ctx, path);
  return fd;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, req(callback));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  const ctx = {};
  binding.close(fd, ctx);
  check(ctx);
}

function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return Number(position);
  return position;
}

function readArgs(fd, buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  validateBuffer(buffer);
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return { offset, length: 0, position: -1, empty: true };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
    position = Number(position);
  }
  return { offset, length, position, empty: false };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      ({ offset: offsetOrOptions = 0, length = buffer?.byteLength - offsetOrOptions, position = null } =
        offsetOrOptions ?? {});
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!ArrayBufferIsView(buffer)) {
        validateObject(buffer, 'options', { nullable: true });
        ({ buffer = lazyBuffer().alloc(16384), offset: offsetOrOptions = 0, length, position = null } =
          buffer ?? {});
      }
      length ??= buffer.byteLength - (offsetOrOptions ?? 0);
      callback = offsetOrOptions === undefined ? arguments[2] : arguments[2];
      offsetOrOptions ??= 0;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
      offsetOrOptions = 0;
      length = buffer.byteLength;
      position = null;
    }
  }
  callback = makeCallback(callback);
  const a = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.empty) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  binding.read(fd, a.length, a.position, req((err, bytesRead) => {
    if (err) return callback(err);
    callback(null, bytesRead, buffer);
  }, undefined, undefined, (bb) => copyHostBytes(bb, buffer, a.offset)));
}
ObjectDefineProperty(read, SymbolFor('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function read(...args) {
    return new Promise((resolve, reject) => {
      ReflectApply(fs.read, undefined, [...args, (err, bytesRead, buffer) => {
        if (err) reject(err);
        else resolve({ bytesRead, buffer });
      }]);
    });
  },
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions != null) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset: offsetOrOptions = 0, length = buffer.byteLength - offsetOrOptions, position = null } =
      offsetOrOptions ?? {});
  }
  const a = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.empty) return 0;
  const ctx = {};
  const bb = binding.read(fd, a.length, a.position, ctx);
  check(ctx);
  return copyHostBytes(bb, buffer, a.offset);
}

// Writes buffer bytes or a string; returns bytes written. req is a ctx or a function.
function writeBinding(fd, buffer, offset, length, position, reqOrCtx) {
  return binding.writeBytes(fd, buffer.buffer, buffer.byteOffset + offset, length, position, reqOrCtx);
}

function writeString(fd, string, encoding, position, reqOrCtx) {
  const enc = normalizeEncoding(encoding);
  if (enc === 'utf8' || enc === 'latin1' || enc === 'ascii' || enc === 'utf16le') {
    return binding.writeText(fd, string, enc, position, reqOrCtx);
  }
  const buf = lazyBuffer().from(string, enc);
  return writeBinding(fd, buf, 0, buf.byteLength, position, reqOrCtx);
}

function writeBufferArgs(buffer, offset, length, position) {
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return { offset, length, position: toPosition(position) };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBufferIsView(buffer)) {
    callback = maybeCallback(arguments[arguments.length - 1]);
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (typeof offset === 'function') offset = undefined;
    if (typeof length === 'function') length = undefined;
    if (typeof position === 'function') position = undefined;
    const a = writeBufferArgs(buffer, offset, length, position);
    writeBinding(fd, buffer, a.offset, a.length, a.position, req((err, written) => {
      if (err) return callback(err);
      callback(null, written, buffer);
    }));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  callback = maybeCallback(position);
  const pos = typeof offset === 'number' ? offset : -1;
  const encoding = typeof length === 'string' ? length : 'utf8';
  writeString(fd, str, encoding, pos, req((err, written) => {
    if (err) return callback(err);
    callback(null, written, str);
  }));
}
ObjectDefineProperty(write, SymbolFor('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function write(...args) {
    return new Promise((resolve, reject) => {
      ReflectApply(fs.write, undefined, [...args, (err, bytesWritten, buffer) => {
        if (err) reject(err);
        else resolve({ bytesWritten, buffer });
      }]);
    });
  },
});

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const ctx = {};
  let result;
  if (ArrayBufferIsView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    const a = writeBufferArgs(buffer, offset, length, position);
    result = writeBinding(fd, buffer, a.offset, a.length, a.position, ctx);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    result = writeString(fd, buffer, length ?? 'utf8', pos, ctx);
  }
  check(ctx);
  return result;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  const buf = lazyBuffer().concat(buffers);
  binding.writeBytes(fd, buf.buffer, buf.byteOffset, buf.byteLength, toPosition(position),
    req((err, written) => {
      if (err) return callback(err);
      callback(null, written, buffers);
    }));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const buf = lazyBuffer().concat(buffers);
  const ctx = {};
  const n = binding.writeBytes(fd, buf.buffer, buf.byteOffset, buf.byteLength, toPosition(position), ctx);
  check(ctx);
  return n;
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!ArrayIsArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBufferIsView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  let total = 0;
  for (let i = 0; i < buffers.length; i++) total += buffers[i].byteLength;
  binding.read(fd, total, toPosition(position), req((err, bb) => {
    if (err) return callback(err);
    callback(null, scatter(bb, buffers), buffers);
  }, undefined, undefined, (bb) => bb));
}

function scatter(bb, buffers) {
  const ab = new ArrayBuffer(bb);
  const src = new Uint8Array(ab);
  let off = 0;
  for (let i = 0; i < buffers.length && off < src.length; i++) {
    const b = buffers[i];
    const n = src.length - off < b.byteLength ? src.length - off : b.byteLength;
    new Uint8Array(b.buffer, b.byteOffset, n).set(src.subarray(off, off + n));
    off += n;
  }
  return off;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let total = 0;
  for (let i = 0; i < buffers.length; i++) total += buffers[i].byteLength;
  const ctx = {};
  const bb = binding.read(fd, total, toPosition(position), ctx);
  check(ctx);
  return scatter(bb, buffers);
}

// ---- whole files ----

function isFd(path) {
  return typeof path === 'number';
}

// Reads a whole file (path or fd): a string when the binding can decode, else a Buffer.
function readFileResult(result, encoding) {
  if (typeof result === 'string') return result;
  const buffer = bufferFromHost(result);
  if (buffer.length > kMaxReadFile) throw new ERR_FS_FILE_TOO_LARGE(buffer.length);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function javaEncoding(encoding) {
  if (!encoding || encoding === 'buffer') return null;
  const enc = normalizeEncoding(encoding);
  return enc === 'utf8' || enc === 'latin1' || enc === 'ascii' ? enc : null;
}

function readFileErrorPath(syscall, path) {
  return syscall === 'open' ? path : undefined;
}

// The binding refuses files over 2 GiB with EFBIG; Node reports their size.
function readFileError(ctx, path, fd) {
  if (ctx.code === 'EFBIG' && ctx.syscall === 'read') {
    const st = path !== null ? statSync(path, { throwIfNoEntry: false }) : fstatSync(fd);
    if (st !== undefined) return new ERR_FS_FILE_TOO_LARGE(st.size);
  }
  return fsError(ctx, readFileErrorPath(ctx.syscall, path ?? undefined));
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  callback = bindToCurrentFrame(callback);
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag);
  const fd = isFd(path) ? getValidatedFd(path) : -1;
  const p = fd === -1 ? getValidatedPath(path) : null;
  const signal = options.signal;
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  binding.readFile(p, fd, flags, javaEncoding(options.encoding),
    (errno, code, message, syscall, result) => {
      if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
      if (errno !== 0) return callback(readFileError({ errno, code, message, syscall }, p, fd));
      let data;
      try {
        data = readFileResult(result, options.encoding);
      } catch (err) {
        return callback(err);
      }
      callback(null, data);
    });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag);
  const fd = isFd(path) ? getValidatedFd(path) : -1;
  const p = fd === -1 ? getValidatedPath(path) : null;
  const ctx = {};
  const result = binding.readFile(p, fd, flags, javaEncoding(options.encoding), ctx);
  if (ctx.errno !== undefined) throw readFileError(ctx, p, fd);
  return readFileResult(result, options.encoding);
}

// data → [value for the binding (string or ArrayBuffer), offset, length, encoding]
function writeData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    const enc = normalizeEncoding(encoding);
    if (enc === 'utf8' || enc === 'latin1' || enc === 'ascii' || enc === 'utf16le') {
      return [data, 0, 0, enc];
    }
    const buf = lazyBuffer().from(data, enc);
    return [buf.buffer, buf.byteOffset, buf.byteLength, null];
  }
  if (ArrayBufferIsView(data)) return [data.buffer, data.byteOffset, data.byteLength, null];
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFileImpl(path, data, options, defaultFlag, callback) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const flags = stringToFlags(options.flag || defaultFlag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const [value, offset, length, enc] = writeData(data, options.encoding);
  const fd = isFd(path) ? getValidatedFd(path) : -1;
  const p = fd === -1 ? getValidatedPath(path) : null;
  if (callback === undefined) {
    const ctx = {};
    binding.writeFile(p, fd, flags, mode, value, offset, length, enc, ctx);
    if (ctx.errno !== undefined) throw fsError(ctx, ctx.syscall === 'open' ? p : undefined);
    return;
  }
  const signal = options.signal;
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  callback = bindToCurrentFrame(callback);
  binding.writeFile(p, fd, flags, mode, value, offset, length, enc,
    (errno, code, message, syscall) => {
      if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
      if (errno !== 0) {
        return callback(fsErrorFrom(errno, code, message, syscall, syscall === 'open' ? p : undefined));
      }
      callback(null);
    });
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFileImpl(path, data, typeof options === 'function' ? undefined : options, 'w', callback);
}

function writeFileSync(path, data, options) {
  writeFileImpl(path, data, options, 'w', undefined);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || typeof options.flag === 'number' && options.flag === 0) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFileImpl(path, data, appendOptions(typeof options === 'function' ? undefined : options), 'a', callback);
}

function appendFileSync(path, data, options) {
  writeFileImpl(path, data, appendOptions(options), 'a', undefined);
}

// ---- stat ----

function statOptions(options) {
  if (options == null || typeof options === 'function') return false;
  return !!options.bigint;
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = statOptions(options);
  binding.stat(path, bigint, req(callback, path, undefined, () => getStatsFromBinding(bigint)));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = statOptions(options);
  binding.lstat(path, bigint, req(callback, path, undefined, () => getStatsFromBinding(bigint)));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const bigint = statOptions(options);
  binding.fstat(fd, bigint, req(callback, undefined, undefined, () => getStatsFromBinding(bigint)));
}

function hasNoEntryError(ctx) {
  return ctx.code === 'ENOENT' || ctx.code === 'ENOTDIR';
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const bigint = statOptions(options);
  const ctx = {};
  binding.stat(path, bigint, ctx);
  if (ctx.errno !== undefined) {
    if (options.throwIfNoEntry === false && hasNoEntryError(ctx)) return undefined;
    throw fsError(ctx, path);
  }
  return getStatsFromBinding(bigint);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const bigint = statOptions(options);
  const ctx = {};
  binding.lstat(path, bigint, ctx);
  if (ctx.errno !== undefined) {
    if (options.throwIfNoEntry === false && hasNoEntryError(ctx)) return undefined;
    throw fsError(ctx, path);
  }
  return getStatsFromBinding(bigint);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const bigint = statOptions(options);
  const ctx = {};
  binding.fstat(fd, bigint, ctx);
  check(ctx);
  return getStatsFromBinding(bigint);
}

function statfs() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.statfs');
}

function statfsSync() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.statfsSync');
}

// ---- directories ----

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.mkdir(path, mode, recursive, req(callback, path, undefined,
    recursive ? (first) => first ?? undefined : () => undefined));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  const ctx = {};
  const first = binding.mkdir(path, mode, recursive, ctx);
  check(ctx, path);
  return recursive ? first ?? undefined : undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, req(callback, `${prefix}XXXXXX`, undefined,
    (dir) => encodeName(prefix + dir, options.encoding)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const ctx = {};
  const dir = binding.mkdtemp(prefix, ctx);
  check(ctx, `${prefix}XXXXXX`);
  return encodeName(prefix + dir, options.encoding);
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const remove = () => rmSync(path, { recursive: true, force: true });
  return {
    path,
    remove,
    [Symbol.dispose]: remove,
  };
}

function readdirOptions(options) {
  options = getOptions(options);
  return {
    encoding: options.encoding,
    withFileTypes: !!options.withFileTypes,
    recursive: !!options.recursive,
  };
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  const o = readdirOptions(options);
  path = getValidatedPath(path);
  binding.readdir(path, o.withFileTypes, o.recursive, req(callback, path, undefined,
    (listing) => parseReaddir(listing, path, o.withFileTypes, o.encoding)));
}

function readdirSync(path, options) {
  const o = readdirOptions(options);
  path = getValidatedPath(path);
  const ctx = {};
  const listing = binding.readdir(path, o.withFileTypes, o.recursive, ctx);
  check(ctx, path);
  return parseReaddir(listing, path, o.withFileTypes, o.encoding);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRmdirRecursiveWarning();
    binding.rm(path, true, false, req(callback, path));
    return;
  }
  binding.rmdir(path, req(callback, path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  const ctx = {};
  if (options?.recursive) {
    emitRmdirRecursiveWarning();
    binding.rm(path, true, false, ctx);
  } else {
    binding.rmdir(path, ctx);
  }
  check(ctx, path);
}

let rmdirWarned = false;
function emitRmdirRecursiveWarning() {
  if (rmdirWarned) return;
  rmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

function rmOptions(options) {
  if (options == null) return { recursive: false, force: false };
  validateObject(options, 'options');
  const { recursive = false, force = false, maxRetries = 0, retryDelay = 100 } = options;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  validateUint32(maxRetries, 'options.maxRetries');
  validateUint32(retryDelay, 'options.retryDelay');
  return { recursive, force };
}

function rmError(errno, code, message, syscall, path) {
  if (code === 'EISDIR' && syscall === 'rm') {
    return new ERR_FS_EISDIR({ code, message: 'is a directory', path, syscall, errno: 21 });
  }
  return fsErrorFrom(errno, code, message, syscall, path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const o = rmOptions(options);
  callback = bindToCurrentFrame(callback);
  binding.rm(path, o.recursive, o.force, (errno, code, message, syscall) => {
    if (errno !== 0) return callback(rmError(errno, code, message, syscall, path));
    callback(null);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const o = rmOptions(options);
  const ctx = {};
  binding.rm(path, o.recursive, o.force, ctx);
  if (ctx.errno !== undefined) throw rmError(ctx.errno, ctx.code, ctx.message, ctx.syscall, path);
}

// ---- names ----

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, req(callback, path));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  const ctx = {};
  binding.unlink(path, ctx);
  check(ctx, path);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, req(callback, oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const ctx = {};
  binding.rename(oldPath, newPath, ctx);
  check(ctx, oldPath, newPath);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, req(callback, src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  const ctx = {};
  binding.copyFile(src, dest, mode, ctx);
  check(ctx, src, dest);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, req(callback, existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const ctx = {};
  binding.link(existingPath, newPath, ctx);
  check(ctx, existingPath, newPath);
}

function validateSymlinkType(type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  validateSymlinkType(type);
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, req(callback, target, path));
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const ctx = {};
  binding.symlink(target, path, ctx);
  check(ctx, target, path);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.readlink(path, req(callback, path, undefined, (s) => encodeName(s, options.encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const ctx = {};
  const s = binding.readlink(path, ctx);
  check(ctx, path);
  return encodeName(s, options.encoding);
}

// Node's JS realpath reports a missing component as a failed lstat of that prefix.
function realpathError(ctx, path) {
  if (ctx.code === 'ENOENT' || ctx.code === 'ENOTDIR' || ctx.code === 'ELOOP') {
    const abs = path[0] === '/' ? path : `${process.cwd()}/${path}`;
    let i = 1;
    while (i <= abs.length) {
      let j = abs.indexOf('/', i);
      if (j === -1) j = abs.length;
      const prefix = StringPrototypeSlice(abs, 0, j);
      const c = {};
      binding.lstat(prefix, false, c);
      if (c.errno !== undefined) return fsError(c, prefix);
      i = j + 1;
    }
    return fsError({ ...ctx, syscall: 'lstat' }, path);
  }
  return fsError(ctx, path);
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const ctx = {};
  const r = binding.realpathNative(path, ctx);
  if (ctx.errno !== undefined) throw realpathError(ctx, path);
  return encodeName(r, options.encoding);
}

realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const ctx = {};
  const r = binding.realpathNative(path, ctx);
  check(ctx, path);
  return encodeName(r, options.encoding);
};

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  callback = bindToCurrentFrame(callback);
  binding.realpathNative(path, (errno, code, message, syscall, r) => {
    if (errno !== 0) return callback(realpathError({ errno, code, message, syscall }, path));
    callback(null, encodeName(r, options.encoding));
  });
}

realpath.native = function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  callback = bindToCurrentFrame(callback);
  binding.realpathNative(path, req(callback, path, undefined, (r) => encodeName(r, options.encoding)));
};

// ---- metadata changes ----

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, req(callback, path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  const ctx = {};
  binding.chmod(path, mode, ctx);
  check(ctx, path);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, req(callback));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  const ctx = {};
  binding.fchmod(fd, mode, ctx);
  check(ctx);
}

function validateId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id === -1 ? -1 : id | 0;
}

function chown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding.chown(path, uid, gid, true, req(callback, path));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  const ctx = {};
  binding.chown(path, uid, gid, true, ctx);
  check(ctx, path);
}

function lchown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding.chown(path, uid, gid, false, req(callback, path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  const ctx = {};
  binding.chown(path, uid, gid, false, ctx);
  check(ctx, path);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, req(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  const ctx = {};
  binding.fchown(fd, uid, gid, ctx);
  check(ctx);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, req(callback, path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const ctx = {};
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, ctx);
  check(ctx, path);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, req(callback, path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const ctx = {};
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, ctx);
  check(ctx, path);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, req(callback));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  const ctx = {};
  binding.futimes(fd, atime, mtime, ctx);
  check(ctx);
}

function validateLen(len) {
  if (len == null) return 0;
  validateInteger(len, 'len');
  return len < 0 ? 0 : len;
}

function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  len = validateLen(len);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.truncate(path, len, req(callback, path));
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  len = validateLen(len);
  path = getValidatedPath(path);
  const ctx = {};
  binding.truncate(path, len, ctx);
  check(ctx, path);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = validateLen(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, req(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  len = validateLen(len);
  const ctx = {};
  binding.ftruncate(fd, len, ctx);
  check(ctx);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, false, req(callback));
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  const ctx = {};
  binding.fsync(fd, false, ctx);
  check(ctx);
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, true, req(callback));
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  const ctx = {};
  binding.fsync(fd, true, ctx);
  check(ctx);
}

// ---- cp ----

function lazyCp() {
  return require('internal/fs/cp');
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  lazyCp().cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  lazyCp().cpSync(src, dest, options);
}

// ---- watching (not yet) ----

function watch() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.watch');
}

function watchFile() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.watchFile');
}

function unwatchFile() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.unwatchFile');
}

function openAsBlob() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.openAsBlob');
}

function glob() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.glob');
}

function globSync() {
  throw new ERR_NODE4J_UNSUPPORTED('fs.globSync');
}

function toUnixTimestampExport(time, name) {
  return toUnixTimestamp(time, name);
}

// ---- streams (loaded on first use) ----
let streams;
function lazyStreams() {
  streams ??= require('internal/fs/streams');
  return streams;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

// ---- Dir ----
function lazyDir() {
  return require('internal/fs/dir');
}

function opendir(path, options, callback) {
  return lazyDir().opendir(path, options, callback);
}

function opendirSync(path, options) {
  return lazyDir().opendirSync(path, options);
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  mkdtempDisposableSync,
  open,
  openSync,
  openAsBlob,
  opendir,
  opendirSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  _toUnixTimestamp: toUnixTimestampExport,
};

ObjectDefineProperties(fs, {
  ReadStream: {
    __proto__: null,
    get() { return lazyStreams().ReadStream; },
    set(v) { lazyStreams().ReadStream = v; },
    enumerable: true,
    configurable: true,
  },
  WriteStream: {
    __proto__: null,
    get() { return lazyStreams().WriteStream; },
    set(v) { lazyStreams().WriteStream = v; },
    enumerable: true,
    configurable: true,
  },
  FileReadStream: {
    __proto__: null,
    get() { return lazyStreams().ReadStream; },
    set(v) { lazyStreams().ReadStream = v; },
    enumerable: false,
    configurable: true,
  },
  FileWriteStream: {
    __proto__: null,
    get() { return lazyStreams().WriteStream; },
    set(v) { lazyStreams().WriteStream = v; },
    enumerable: false,
    configurable: true,
  },
  Dir: {
    __proto__: null,
    get() { return lazyDir().Dir; },
    enumerable: true,
    configurable: true,
  },
  constants: {
    __proto__: null,
    value: constants,
    enumerable: true,
    configurable: false,
    writable: false,
  },
  promises: {
    __proto__: null,
    get() { return require('internal/fs/promises').exports; },
    enumerable: true,
    configurable: true,
  },
});
