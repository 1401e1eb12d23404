'use strict';
// fs/promises: the promise API and FileHandle. Path-based calls reuse the callback API
// (same validation and binding path; a validation error becomes a rejection because every
// function here is async); FileHandle calls the binding directly with its fd.

const {
  ArrayBufferIsView,
  ArrayPrototypePush,
  Promise,
  PromiseResolve,
  ReflectApply,
  SymbolAsyncIterator,
  SymbolIterator,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const fs = require('fs');
const {
  binding,
  bufferFromHost,
  constants,
  copyHostBytes,
  fsErrorFrom,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  lazyBuffer,
  normalizeEncoding,
  parseFileMode,
  stringToFlags,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
} = require('internal/fs/utils');
const EventEmitter = require('events');

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');

// A binding call with a promise for its result; map turns the raw result into the value.
function call(method, args, path, dest, map) {
  return new Promise((resolve, reject) => {
    ReflectApply(method, binding, [...args, (errno, code, message, syscall, result) => {
      if (errno !== 0) return reject(fsErrorFrom(errno, code, message, syscall, path, dest));
      try {
        resolve(map === undefined ? result : map(result));
      } catch (err) {
        reject(err);
      }
    }]);
  });
}

// Runs a callback-API function with a trailing callback; resolves with its (single) result.
function viaCallback(fn, ...args) {
  return new Promise((resolve, reject) => {
    ReflectApply(fn, fs, [...args, (err, value) => (err ? reject(err) : resolve(value))]);
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  #fdOrClosed(syscall) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    return this[kFd];
  }

  async appendFile(data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    return writeFileHandle(this, data, options);
  }

  async chmod(mode) {
    const fd = this.#fdOrClosed('fchmod');
    mode = parseFileMode(mode, 'mode');
    return call(binding.fchmod, [fd, mode]);
  }

  async chown(uid, gid) {
    const fd = this.#fdOrClosed('fchown');
    return viaCallback(fs.fchown, fd, uid, gid);
  }

  async datasync() {
    return call(binding.fsync, [this.#fdOrClosed('fdatasync'), true]);
  }

  async sync() {
    return call(binding.fsync, [this.#fdOrClosed('fsync'), false]);
  }

  async read(bufferOrOptions, offset, length, position) {
    const fd = this.#fdOrClosed('read');
    let buffer = bufferOrOptions;
    if (!ArrayBufferIsView(buffer)) {
      if (buffer != null && typeof buffer !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
      }
      ({ buffer = lazyBuffer().alloc(16384), offset = 0, length = buffer.byteLength - offset,
        position = null } = bufferOrOptions ?? {});
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position == null) {
      position = -1;
    } else {
      validatePosition(position, 'position', length);
      position = Number(position);
    }
    const bytesRead = await call(binding.read, [fd, length, position], undefined, undefined,
      (bb) => copyHostBytes(bb, buffer, offset));
    return { __proto__: null, bytesRead, buffer };
  }

  async readv(buffers, position) {
    const fd = this.#fdOrClosed('read');
    const bytesRead = await viaCallback(fs.readv, fd, buffers, position ?? null);
    return { __proto__: null, bytesRead, buffers };
  }

  async readFile(options) {
    const fd = this.#fdOrClosed('read');
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    const enc = options.encoding;
    return call(binding.readFile, [null, fd, 0, null], undefined, undefined, (bb) => {
      const buf = bufferFromHost(bb);
      return enc && enc !== 'buffer' ? buf.toString(enc) : buf;
    });
  }

  readLines(options) {
    const readline = require('readline');
    return readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  // A byte stream reading the file from the current position; autoClose closes the handle
  // when the stream ends or is cancelled.
  readableWebStream(options = undefined) {
    this.#fdOrClosed('read');
    const autoClose = !!options?.autoClose;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const handle = this;
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      async pull(controller) {
        const request = controller.byobRequest;
        const view = request.view;
        const { bytesRead } = await handle.read(view, 0, view.byteLength, null);
        if (bytesRead === 0) {
          controller.close();
          request.respond(0);
          if (autoClose) await handle.close();
        } else {
          request.respond(bytesRead);
        }
      },
      async cancel() {
        if (autoClose) await handle.close();
      },
    });
  }

  async stat(options) {
    const fd = this.#fdOrClosed('fstat');
    const bigint = !!options?.bigint;
    return call(binding.fstat, [fd, bigint], undefined, undefined, () => getStatsFromBinding(bigint));
  }

  async truncate(len = 0) {
    const fd = this.#fdOrClosed('ftruncate');
    return viaCallback(fs.ftruncate, fd, len);
  }

  async utimes(atime, mtime) {
    const fd = this.#fdOrClosed('futime');
    return viaCallback(fs.futimes, fd, atime, mtime);
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#fdOrClosed('write');
    if (ArrayBufferIsView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      offset ??= 0;
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (length === 0) return { __proto__: null, bytesWritten: 0, buffer };
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      const pos = position == null ? -1 : Number(position);
      const bytesWritten = await call(binding.writeBytes,
        [fd, buffer.buffer, buffer.byteOffset + offset, length, pos]);
      return { __proto__: null, bytesWritten, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    const enc = normalizeEncoding(length ?? 'utf8');
    const bytesWritten = await writeStringFd(fd, buffer, enc, pos);
    return { __proto__: null, bytesWritten, buffer };
  }

  async writev(buffers, position) {
    const fd = this.#fdOrClosed('write');
    const bytesWritten = await viaCallback(fs.writev, fd, buffers, position ?? null);
    return { __proto__: null, bytesWritten, buffers };
  }

  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    return writeFileHandle(this, data, options);
  }

  close() {
    if (this[kFd] === -1) return PromiseResolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call(binding.close, [fd]).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

function writeStringFd(fd, string, enc, pos) {
  if (enc === 'utf8' || enc === 'latin1' || enc === 'ascii' || enc === 'utf16le') {
    return call(binding.writeText, [fd, string, enc, pos]);
  }
  const buf = lazyBuffer().from(string, enc);
  return call(binding.writeBytes, [fd, buf.buffer, buf.byteOffset, buf.byteLength, pos]);
}

function isIterable(v) {
  return v != null && typeof v === 'object' &&
    (typeof v[SymbolAsyncIterator] === 'function' || typeof v[SymbolIterator] === 'function');
}

// Strings and byte views go in one binding call; (async) iterables chunk by chunk.
async function toBytesOrString(data, encoding, signal) {
  if (typeof data === 'string' || ArrayBufferIsView(data)) return data;
  if (isIterable(data)) {
    const chunks = [];
    for await (const chunk of data) {
      checkAborted(signal);
      ArrayPrototypePush(chunks, typeof chunk === 'string' ? lazyBuffer().from(chunk, encoding) : chunk);
    }
    return lazyBuffer().concat(chunks);
  }
  throw new ERR_INVALID_ARG_TYPE('data',
    ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
}

async function writeFileHandle(handle, data, options) {
  const fd = handle.fd;
  checkAborted(options.signal);
  data = await toBytesOrString(data, options.encoding ?? 'utf8', options.signal);
  checkAborted(options.signal);
  if (typeof data === 'string') {
    return writeStringAll(fd, data, normalizeEncoding(options.encoding ?? 'utf8'));
  }
  return call(binding.writeFile, [null, fd, 0, 0, data.buffer, data.byteOffset, data.byteLength, null]);
}

function writeStringAll(fd, string, enc) {
  if (enc === 'utf8' || enc === 'latin1' || enc === 'ascii' || enc === 'utf16le') {
    return call(binding.writeFile, [null, fd, 0, 0, string, 0, 0, enc]);
  }
  const buf = lazyBuffer().from(string, enc);
  return call(binding.writeFile, [null, fd, 0, 0, buf.buffer, buf.byteOffset, buf.byteLength, null]);
}

// ---- path API ----

async function access(path, mode) {
  return viaCallback(fs.access, path, mode);
}

async function copyFile(src, dest, mode) {
  return viaCallback(fs.copyFile, src, dest, mode);
}

async function cp(src, dest, options) {
  return viaCallback(fs.cp, src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await call(binding.open, [path, flagsNumber, mode], path);
  return new FileHandle(fd);
}

async function opendir(path, options) {
  return viaCallback(fs.opendir, path, options);
}

async function rename(oldPath, newPath) {
  return viaCallback(fs.rename, oldPath, newPath);
}

async function truncate(path, len = 0) {
  return viaCallback(fs.truncate, path, len);
}

async function rm(path, options) {
  return viaCallback(fs.rm, path, options);
}

async function rmdir(path, options) {
  return viaCallback(fs.rmdir, path, options);
}

async function mkdir(path, options) {
  return viaCallback(fs.mkdir, path, options);
}

async function readdir(path, options) {
  return viaCallback(fs.readdir, path, options);
}

async function readlink(path, options) {
  return viaCallback(fs.readlink, path, options);
}

async function symlink(target, path, type) {
  return viaCallback(fs.symlink, target, path, type);
}

async function lstat(path, options = { bigint: false }) {
  return viaCallback(fs.lstat, path, options);
}

async function stat(path, options = { bigint: false }) {
  return viaCallback(fs.stat, path, options);
}

async function statfs() {
  throw new ERR_NODE4J_UNSUPPORTED('fsPromises.statfs');
}

async function link(existingPath, newPath) {
  return viaCallback(fs.link, existingPath, newPath);
}

async function unlink(path) {
  return viaCallback(fs.unlink, path);
}

async function chmod(path, mode) {
  return viaCallback(fs.chmod, path, mode);
}

async function lchown(path, uid, gid) {
  return viaCallback(fs.lchown, path, uid, gid);
}

async function chown(path, uid, gid) {
  return viaCallback(fs.chown, path, uid, gid);
}

async function utimes(path, atime, mtime) {
  return viaCallback(fs.utimes, path, atime, mtime);
}

async function lutimes(path, atime, mtime) {
  return viaCallback(fs.lutimes, path, atime, mtime);
}

async function realpath(path, options) {
  return viaCallback(fs.realpath, path, options);
}

async function mkdtemp(prefix, options) {
  return viaCallback(fs.mkdtemp, prefix, options);
}

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  const remove = () => rm(path, { recursive: true, force: true });
  return { path, remove, [Symbol.asyncDispose]: remove };
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  const p = getValidatedPath(path);
  checkAborted(options.signal);
  data = await toBytesOrString(data, options.encoding ?? 'utf8', options.signal);
  return viaCallback(fs.writeFile, p, data, options);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag ||= 'a';
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  checkAborted(options.signal);
  return viaCallback(fs.readFile, getValidatedPath(path), options);
}

async function* watch() {
  throw new ERR_NODE4J_UNSUPPORTED('fsPromises.watch');
}

async function glob() {
  throw new ERR_NODE4J_UNSUPPORTED('fsPromises.glob');
}

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    glob,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod: undefined,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    mkdtempDisposable,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  },
  FileHandle,
};
