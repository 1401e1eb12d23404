'use strict';
// fs.Dir (opendir): entries are fetched from the binding in batches of bufferSize and handed
// out one at a time; async reads run on the blocking pool, one at a time, in order.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  Promise,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeSplit,
  SymbolAsyncDispose,
  SymbolAsyncIterator,
  SymbolDispose,
} = primordials;

const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { bindToCurrentFrame } = require('internal/async_hooks');
const {
  Dirent,
  binding,
  encodeName,
  fsError,
  fsErrorFrom,
  getOptions,
  getValidatedPath,
  joinPath,
} = require('internal/fs/utils');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBuffer = Symbol('kDirBuffer');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirOperationQueue = Symbol('kDirOperationQueue');
const kDirBusy = Symbol('kDirBusy');
const kDirSubdirs = Symbol('kDirSubdirs');

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirPath] = path;
    this[kDirBuffer] = [];
    this[kDirClosed] = false;
    this[kDirBusy] = false;
    this[kDirOperationQueue] = [];
    this[kDirSubdirs] = [];
    this[kDirOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kDirPath];
  }

  // listing from the binding → Dirents (recursive: queue subdirectories to open later)
  #parse(listing, dirPath) {
    if (listing === '') return;
    const parts = StringPrototypeSplit(listing, '\u0000');
    for (let i = 0; i < parts.length - 1; i++) {
      const type = StringPrototypeCharCodeAt(parts[i], 0) - 48;
      const name = StringPrototypeSlice(parts[i], 1);
      const dirent = new Dirent(encodeName(name, this[kDirOptions].encoding), type, dirPath);
      ArrayPrototypePush(this[kDirBuffer], dirent);
      if (this[kDirOptions].recursive && type === 2) {
        ArrayPrototypePush(this[kDirSubdirs], joinPath(dirPath, name));
      }
    }
  }

  #currentPath() {
    return this[kDirCurrentPath] ?? this[kDirPath];
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirBusy]) {
      ArrayPrototypePush(this[kDirOperationQueue], () => this.read(callback));
      return;
    }
    if (this[kDirBuffer].length > 0) {
      const dirent = ArrayPrototypeShift(this[kDirBuffer]);
      process.nextTick(callback, null, dirent);
      return;
    }
    this[kDirBusy] = true;
    callback = bindToCurrentFrame(callback); // AsyncLocalStorage: the caller's frame
    const done = (err, dirent) => {
      this[kDirBusy] = false;
      const queue = ArrayPrototypeSplice(this[kDirOperationQueue], 0);
      try {
        callback(err, dirent);
      } finally {
        for (let i = 0; i < queue.length; i++) queue[i]();
      }
    };
    this.#fill((err) => {
      if (err) return done(err);
      done(null, this[kDirBuffer].length > 0 ? ArrayPrototypeShift(this[kDirBuffer]) : null);
    });
  }

  // One batch from the current handle; at its end, the next queued subdirectory (recursive).
  #fill(cb) {
    const path = this.#currentPath();
    binding.readDirEntries(this[kDirHandle], this[kDirOptions].bufferSize,
      (errno, code, message, syscall, listing) => {
        if (errno !== 0) return cb(fsErrorFrom(errno, code, message, syscall));
        if (listing !== '') {
          this.#parse(listing, path);
          return cb(null);
        }
        if (this[kDirSubdirs].length === 0) return cb(null);
        const next = ArrayPrototypeShift(this[kDirSubdirs]);
        binding.closedir(this[kDirHandle], {});
        binding.opendir(next, (errno2, code2, message2, syscall2, handle) => {
          if (errno2 !== 0) return cb(fsErrorFrom(errno2, code2, message2, syscall2));
          this[kDirHandle] = handle;
          this[kDirCurrentPath] = next;
          this.#fill(cb);
        });
      });
  }

  readSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    while (this[kDirBuffer].length === 0) {
      const path = this.#currentPath();
      const ctx = {};
      const listing = binding.readDirEntries(this[kDirHandle], this[kDirOptions].bufferSize, ctx);
      if (ctx.errno !== undefined) throw fsError(ctx);
      if (listing !== '') {
        this.#parse(listing, path);
        break;
      }
      if (this[kDirSubdirs].length === 0) return null;
      const next = ArrayPrototypeShift(this[kDirSubdirs]);
      binding.closedir(this[kDirHandle], {});
      const c2 = {};
      const handle = binding.opendir(next, c2);
      if (c2.errno !== undefined) throw fsError(c2);
      this[kDirHandle] = handle;
      this[kDirCurrentPath] = next;
    }
    return ArrayPrototypeShift(this[kDirBuffer]);
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirBusy]) {
      ArrayPrototypePush(this[kDirOperationQueue], () => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    callback = bindToCurrentFrame(callback);
    binding.closedir(this[kDirHandle], (errno, code, message, syscall) => {
      if (errno !== 0) return callback(fsErrorFrom(errno, code, message, syscall));
      callback(null);
    });
  }

  closeSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    const ctx = {};
    binding.closedir(this[kDirHandle], ctx);
    if (ctx.errno !== undefined) throw fsError(ctx);
  }

  async* entries() {
    try {
      while (true) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }

  [SymbolAsyncIterator]() {
    return this.entries();
  }

  [SymbolDispose]() {
    if (!this[kDirClosed]) this.closeSync();
  }

  async [SymbolAsyncDispose]() {
    if (!this[kDirClosed]) await this.close();
  }
}

const kDirCurrentPath = Symbol('kDirCurrentPath');

function opendirArgs(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  return { path, options };
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const a = opendirArgs(path, typeof options === 'function' ? undefined : options);
  callback = bindToCurrentFrame(callback);
  binding.opendir(a.path, (errno, code, message, syscall, handle) => {
    if (errno !== 0) return callback(fsErrorFrom(errno, code, message, syscall, a.path));
    callback(null, new Dir(handle, a.path, a.options));
  });
}

function opendirSync(path, options) {
  const a = opendirArgs(path, options);
  const ctx = {};
  const handle = binding.opendir(a.path, ctx);
  if (ctx.errno !== undefined) throw fsError(ctx);
  return new Dir(handle, a.path, a.options);
}

module.exports = { Dir, opendir, opendirSync };
