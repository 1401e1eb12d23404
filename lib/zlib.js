'use strict';
// node:zlib over java.util.zip (the zlib binding). Streams are Transforms that hand each chunk
// to Java in one call and push what comes back (split into chunkSize pieces, as Node's output
// buffers are); the convenience functions run the whole input in one call, inline for *Sync
// and on the blocking pool otherwise. Brotli runs on the brotli C library (through FFM) and
// zstd on zstd-jni; both share ZlibBase with the zlib formats.

const {
  ArrayBuffer,
  ArrayBufferIsView,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  Error,
  MathMin,
  NumberIsFinite,
  NumberIsInteger,
  NumberIsNaN,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ReflectApply,
  StringPrototypeStartsWith,
  Symbol,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
    ERR_ZSTD_INVALID_PARAM,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateUint32 } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const Transform = require('internal/streams/transform');

const constants = {
  __proto__: null,
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_OK: 0,
  Z_STREAM_END: 1,
  Z_NEED_DICT: 2,
  Z_ERRNO: -1,
  Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4897,
  DEFLATE: 1,
  INFLATE: 2,
  GZIP: 3,
  GUNZIP: 4,
  DEFLATERAW: 5,
  INFLATERAW: 6,
  UNZIP: 7,
  BROTLI_DECODE: 8,
  BROTLI_ENCODE: 9,
  ZSTD_DECOMPRESS: 11,
  ZSTD_COMPRESS: 10,
  Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15,
  Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0,
  BROTLI_OPERATION_FLUSH: 1,
  BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0,
  BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0,
  BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2,
  BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0,
  BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0,
  BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5,
  BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
  BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
  BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
  BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
  BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
  ZSTD_e_continue: 0,
  ZSTD_e_flush: 1,
  ZSTD_e_end: 2,
  ZSTD_fast: 1,
  ZSTD_dfast: 2,
  ZSTD_greedy: 3,
  ZSTD_lazy: 4,
  ZSTD_lazy2: 5,
  ZSTD_btlazy2: 6,
  ZSTD_btopt: 7,
  ZSTD_btultra: 8,
  ZSTD_btultra2: 9,
  ZSTD_c_compressionLevel: 100,
  ZSTD_c_windowLog: 101,
  ZSTD_c_hashLog: 102,
  ZSTD_c_chainLog: 103,
  ZSTD_c_searchLog: 104,
  ZSTD_c_minMatch: 105,
  ZSTD_c_targetLength: 106,
  ZSTD_c_strategy: 107,
  ZSTD_c_enableLongDistanceMatching: 160,
  ZSTD_c_ldmHashLog: 161,
  ZSTD_c_ldmMinMatch: 162,
  ZSTD_c_ldmBucketSizeLog: 163,
  ZSTD_c_ldmHashRateLog: 164,
  ZSTD_c_contentSizeFlag: 200,
  ZSTD_c_checksumFlag: 201,
  ZSTD_c_dictIDFlag: 202,
  ZSTD_c_nbWorkers: 400,
  ZSTD_c_jobSize: 401,
  ZSTD_c_overlapLog: 402,
  ZSTD_d_windowLogMax: 100,
  ZSTD_CLEVEL_DEFAULT: 3,
  ZSTD_error_no_error: 0,
  ZSTD_error_GENERIC: 1,
  ZSTD_error_prefix_unknown: 10,
  ZSTD_error_version_unsupported: 12,
  ZSTD_error_frameParameter_unsupported: 14,
  ZSTD_error_frameParameter_windowTooLarge: 16,
  ZSTD_error_corruption_detected: 20,
  ZSTD_error_checksum_wrong: 22,
  ZSTD_error_literals_headerWrong: 24,
  ZSTD_error_dictionary_corrupted: 30,
  ZSTD_error_dictionary_wrong: 32,
  ZSTD_error_dictionaryCreation_failed: 34,
  ZSTD_error_parameter_unsupported: 40,
  ZSTD_error_parameter_combination_unsupported: 41,
  ZSTD_error_parameter_outOfBound: 42,
  ZSTD_error_tableLog_tooLarge: 44,
  ZSTD_error_maxSymbolValue_tooLarge: 46,
  ZSTD_error_maxSymbolValue_tooSmall: 48,
  ZSTD_error_stabilityCondition_notRespected: 50,
  ZSTD_error_stage_wrong: 60,
  ZSTD_error_init_missing: 62,
  ZSTD_error_memory_allocation: 64,
  ZSTD_error_workSpace_tooSmall: 66,
  ZSTD_error_dstSize_tooSmall: 70,
  ZSTD_error_srcSize_wrong: 72,
  ZSTD_error_dstBuffer_null: 74,
  ZSTD_error_noForwardProgress_destFull: 80,
  ZSTD_error_noForwardProgress_inputEmpty: 82,
};

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS,
  Z_DEFAULT_WINDOWBITS, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE, ZSTD_COMPRESS, ZSTD_DECOMPRESS,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
  ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end,
} = constants;

const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const ckey of ObjectKeys(codes)) codes[codes[ckey]] = ckey;
ObjectFreeze(codes);

const kMaxLength = 2 ** 53 - 1;

let binding;
function lazyBinding() {
  binding ??= internalBinding('zlib');
  return binding;
}

function fromJava(byteBuffer) {
  return new FastBuffer(new ArrayBuffer(byteBuffer));
}

function isTypedArray(v) {
  return TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined;
}
function abOf(v) {
  return isTypedArray(v) ? TypedArrayPrototypeGetBuffer(v) : DataViewPrototypeGetBuffer(v);
}
function offOf(v) {
  return isTypedArray(v) ? TypedArrayPrototypeGetByteOffset(v) : DataViewPrototypeGetByteOffset(v);
}
function lenOf(v) {
  return isTypedArray(v) ? TypedArrayPrototypeGetByteLength(v) : DataViewPrototypeGetByteLength(v);
}

// zlib's codes are named by errno; zstd's by its ZSTD_error_* constant; brotli's come from Java.
let zstdErrorNames;
function zlibError(errno, message, code, mode) {
  const err = new Error(message);
  err.errno = errno;
  if (code == null && (mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS) && errno > 0) {
    if (zstdErrorNames === undefined) {
      zstdErrorNames = { __proto__: null };
      for (const key of ObjectKeys(constants)) {
        if (StringPrototypeStartsWith(key, 'ZSTD_error_')) zstdErrorNames[constants[key]] = key;
      }
    }
    code = zstdErrorNames[errno];
  }
  err.code = code ?? codes[errno];
  return err;
}
function handleError(handle, mode) {
  return zlibError(handle.errno(), handle.message(), handle.code(), mode);
}

// ---- option checks, with Node's messages ----

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (NumberIsFinite(number)) return true;
  if (NumberIsNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

const kFlushBuffers = [];
for (let i = 0; i <= Z_BLOCK; i++) kFlushBuffers[i] = Buffer.alloc(0);
const kError = Symbol('kError');

// ---- ZlibBase: the Transform every zlib stream is ----

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK,
                                          finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
                                              kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  ReflectApply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outBuffer = undefined;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
  this._mode = mode;
}
ObjectSetPrototypeOf(ZlibBase.prototype, Transform.prototype);
ObjectSetPrototypeOf(ZlibBase, Transform);

ObjectDefineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this._handle; },
});

ObjectDefineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.bytesWritten; },
  set(value) { this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function() {
  if (!this._handle) throw zlibError(constants.Z_STREAM_ERROR, 'zlib binding closed');
  this._handle.reset();
};

ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) require('internal/streams/end-of-stream')(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  callback(err);
};

function flushFlagOf(self, chunk) {
  for (let i = 0; i < kFlushBuffers.length; i++) {
    if (chunk === kFlushBuffers[i]) return i;
  }
  // The last chunk of an ending stream is written with the finishing flag at once.
  const ws = self._writableState;
  if ((ws.ending || ws.ended) && ws.length === lenOf(chunk)) return self._finishFlushFlag;
  return self._defaultFlushFlag;
}

function pushOutput(self, out) {
  const n = out.length;
  const size = self._chunkSize;
  if (n <= size) {
    if (n > 0) self.push(out);
    return;
  }
  for (let i = 0; i < n; i += size) self.push(out.subarray(i, MathMin(n, i + size)));
}

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  const handle = this._handle;
  if (!handle) {
    cb();
    return;
  }
  let flag = flushFlagOf(this, chunk);
  if (chunk.length === 0 && this._writableState.ended && flag !== Z_FINISH) flag = this._finishFlushFlag;
  // maxOutputLength limits the convenience methods only, as in Node; streams are unbounded.
  const r = handle.write(flag, abOf(chunk), offOf(chunk), lenOf(chunk), kMaxLength);
  if (r === null) {
    const err = handleError(handle, this._mode);
    this[kError] = err;
    this.destroy(err);
    cb();
    return;
  }
  this.bytesWritten += lenOf(chunk);
  pushOutput(this, fromJava(r));
  cb();
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    this.write(chunk, cb);
    return;
  }
  const handle = this._handle;
  const r = handle.write(flushFlag, abOf(chunk), offOf(chunk), lenOf(chunk), this._maxOutputLength);
  if (r === null) throw handleError(handle, this._mode);
  return fromJava(r);
};

// ---- Zlib: the deflate/inflate family ----

const kModeNames = ['', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'];

function createHandle(mode, opts) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_LEVEL;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    if ((mode === INFLATE || mode === GUNZIP || mode === UNZIP) && opts.windowBits === 0) {
      windowBits = 0;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           mode === GZIP ? 9 : Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS,
                                           Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_LEVEL);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                                       Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
                                       Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBufferIsView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = new Uint8Array(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  const handle = dictionary === undefined ?
    lazyBinding().create(mode, level, strategy, null, 0, 0) :
    lazyBinding().create(mode, level, strategy, abOf(dictionary), offOf(dictionary), lenOf(dictionary));
  return { handle, level, strategy, windowBits, memLevel };
}

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  const { handle, level, strategy } = createHandle(mode, opts);
  ReflectApply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);
  this._level = level;
  this._strategy = strategy;
}
ObjectSetPrototypeOf(Zlib.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) this._handle.params(level, strategy);
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function defineMode(mode) {
  const name = kModeNames[mode];
  const C = {
    [name]: function(opts) {
      if (!(this instanceof C)) return new C(opts);
      ReflectApply(Zlib, this, [opts, mode]);
    },
  }[name];
  ObjectSetPrototypeOf(C.prototype, Zlib.prototype);
  ObjectSetPrototypeOf(C, Zlib);
  return C;
}

const Deflate = defineMode(DEFLATE);
const Inflate = defineMode(INFLATE);
const Gzip = defineMode(GZIP);
const Gunzip = defineMode(GUNZIP);
const DeflateRaw = defineMode(DEFLATERAW);
const InflateRaw = defineMode(INFLATERAW);
const Unzip = defineMode(UNZIP);

// ---- Brotli and Zstd ----

// Params are checked as Node does (ids against the known parameter numbers, values numbers or
// booleans) and handed to Java as [id, value, id, value, ...]; the library refusing one is
// Node's ERR_ZLIB_INITIALIZATION_FAILED.
const kMaxBrotliParam = 9;
const kBrotliEncodeParams = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const kBrotliDecodeParams = [0, 1];
const kZstdCompressParams = [100, 101, 102, 103, 104, 105, 106, 107, 160, 161, 162, 163, 164, 200, 201, 202,
  400, 401, 402];
const kZstdDecompressParams = [100];

function paramsList(opts, known, invalid) {
  const list = [];
  const params = opts?.params;
  if (!params) return list;
  for (const origKey of ObjectKeys(params)) {
    const key = +origKey;
    if (NumberIsNaN(key) || !NumberIsInteger(key) || !ArrayPrototypeIncludes(known, key)) {
      throw new invalid(origKey);
    }
    const value = params[origKey];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
    }
    ArrayPrototypePush(list, key, +value | 0);
  }
  return list;
}

function createBrotliHandle(mode, opts) {
  const params = paramsList(opts, mode === BROTLI_ENCODE ? kBrotliEncodeParams : kBrotliDecodeParams,
                            ERR_BROTLI_INVALID_PARAM);
  const handle = lazyBinding().createBrotli(mode, params);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  return handle;
}

function createZstdHandle(mode, opts) {
  const params = paramsList(opts, mode === ZSTD_COMPRESS ? kZstdCompressParams : kZstdDecompressParams,
                            ERR_ZSTD_INVALID_PARAM);
  let pledged = -1;
  if (opts?.pledgedSrcSize !== undefined) {
    validateNumber(opts.pledgedSrcSize, 'options.pledgedSrcSize', 0);
    pledged = opts.pledgedSrcSize;
  }
  for (let i = 0; i < params.length; i += 2) {
    const id = params[i];
    if ((mode === ZSTD_DECOMPRESS) || (id >= 161 && id <= 164)) {
      throw new ERR_NODE4J_UNSUPPORTED(`zlib zstd parameter ${id}`);
    }
  }
  const handle = lazyBinding().createZstd(mode, params, pledged);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  return handle;
}

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};
const zstdDefaultOpts = { flush: ZSTD_e_continue, finishFlush: ZSTD_e_end, fullFlush: ZSTD_e_flush };

function Brotli(opts, mode) {
  const handle = createBrotliHandle(mode, opts);
  ReflectApply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
ObjectSetPrototypeOf(Brotli.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Brotli, ZlibBase);
// Node's Brotli streams inherit a params() from its zlib class that brotli handles cannot honour.
Brotli.prototype.params = function params() {
  throw new ERR_NODE4J_UNSUPPORTED('params() on a Brotli stream');
};

function Zstd(opts, mode) {
  const handle = createZstdHandle(mode, opts);
  ReflectApply(ZlibBase, this, [opts, mode, handle, zstdDefaultOpts]);
}
ObjectSetPrototypeOf(Zstd.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zstd, ZlibBase);

function defineSubclass(Base, name, mode) {
  const C = {
    [name]: function(opts) {
      if (!(this instanceof C)) return new C(opts);
      ReflectApply(Base, this, [opts, mode]);
    },
  }[name];
  ObjectSetPrototypeOf(C.prototype, Base.prototype);
  ObjectSetPrototypeOf(C, Base);
  return C;
}

const BrotliCompress = defineSubclass(Brotli, 'BrotliCompress', BROTLI_ENCODE);
const BrotliDecompress = defineSubclass(Brotli, 'BrotliDecompress', BROTLI_DECODE);
const ZstdCompress = defineSubclass(Zstd, 'ZstdCompress', ZSTD_COMPRESS);
const ZstdDecompress = defineSubclass(Zstd, 'ZstdDecompress', ZSTD_DECOMPRESS);

// ---- one-shot convenience ----

function inputView(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBufferIsView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function oneShotSettings(mode, opts) {
  if (opts !== undefined && opts !== null) validateObject(opts, 'options');
  let handle;
  let finishFlush;
  if (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) {
    handle = createBrotliHandle(mode, opts);
    finishFlush = checkRangesOrGetDefault(opts?.finishFlush, 'options.finishFlush', BROTLI_OPERATION_PROCESS,
                                          BROTLI_OPERATION_EMIT_METADATA, BROTLI_OPERATION_FINISH);
  } else if (mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS) {
    handle = createZstdHandle(mode, opts);
    finishFlush = checkRangesOrGetDefault(opts?.finishFlush, 'options.finishFlush', ZSTD_e_continue, ZSTD_e_end,
                                          ZSTD_e_end);
  } else {
    handle = createHandle(mode, opts).handle;
    finishFlush = checkRangesOrGetDefault(opts?.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK,
                                          Z_FINISH);
  }
  const maxOutputLength = checkRangesOrGetDefault(opts?.maxOutputLength, 'options.maxOutputLength', 1,
                                                  kMaxLength, kMaxLength);
  if (opts?.chunkSize !== undefined && checkFiniteNumber(opts.chunkSize, 'options.chunkSize') &&
      opts.chunkSize < Z_MIN_CHUNK) {
    throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, opts.chunkSize);
  }
  return { handle, finishFlush, maxOutputLength };
}

function resultError(errno, message, code, mode, maxOutputLength) {
  return errno === -100 ? new ERR_BUFFER_TOO_LARGE(maxOutputLength) : zlibError(errno, message, code, mode);
}

function zlibBufferSync(mode, buffer, opts) {
  const view = inputView(buffer);
  const { handle, finishFlush, maxOutputLength } = oneShotSettings(mode, opts);
  const r = handle.write(finishFlush, abOf(view), offOf(view), lenOf(view), maxOutputLength);
  handle.close();
  if (r === null) throw resultError(handle.errno(), handle.message(), handle.code(), mode, maxOutputLength);
  const out = fromJava(r);
  if (opts?.info) return { buffer: out, engine: undefined };
  return out;
}

function zlibBuffer(mode, buffer, opts, callback) {
  if (typeof opts === 'function') {
    callback = opts;
    opts = {};
  }
  validateFunction(callback, 'callback');
  const view = inputView(buffer);
  const { handle, finishFlush, maxOutputLength } = oneShotSettings(mode, opts);
  handle.writeAsync(finishFlush, abOf(view), offOf(view), lenOf(view), maxOutputLength, (errno, message, bb, code) => {
    handle.close();
    if (errno !== 0) callback(resultError(errno, message, code, mode, maxOutputLength));
    else callback(null, fromJava(bb));
  });
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBufferIsView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  if (typeof data === 'string') return lazyBinding().crc32String(data, value);
  return lazyBinding().crc32(abOf(data), offOf(data), lenOf(data), value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  ZstdCompress,
  ZstdDecompress,
};

const modes = [['deflate', DEFLATE, Deflate], ['gzip', GZIP, Gzip], ['deflateRaw', DEFLATERAW, DeflateRaw],
  ['unzip', UNZIP, Unzip], ['inflate', INFLATE, Inflate], ['gunzip', GUNZIP, Gunzip],
  ['inflateRaw', INFLATERAW, InflateRaw], ['brotliCompress', BROTLI_ENCODE, BrotliCompress],
  ['brotliDecompress', BROTLI_DECODE, BrotliDecompress], ['zstdCompress', ZSTD_COMPRESS, ZstdCompress],
  ['zstdDecompress', ZSTD_DECOMPRESS, ZstdDecompress]];
for (const [name, mode] of modes) {
  module.exports[name] = { [name](buffer, opts, callback) { return zlibBuffer(mode, buffer, opts, callback); } }[name];
  module.exports[`${name}Sync`] = { [`${name}Sync`](buffer, opts) { return zlibBufferSync(mode, buffer, opts); } }[`${name}Sync`];
}
for (const [, , C] of modes) {
  const create = `create${C.name}`;
  module.exports[create] = { [create](options) { return new C(options); } }[create];
}

ObjectDefineProperty(module.exports, 'constants', {
  __proto__: null, configurable: false, enumerable: true, value: constants,
});
ObjectDefineProperty(module.exports, 'codes', {
  __proto__: null, configurable: false, enumerable: true, value: codes,
});
