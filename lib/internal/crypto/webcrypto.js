'use strict';
// Web Crypto: the global `crypto` (Crypto), SubtleCrypto and CryptoKey. getRandomValues,
// randomUUID, subtle.digest here; the key operations in webcrypto_subtle.js. The ML-KEM
// encapsulation methods reject with ERR_NODE4J_UNSUPPORTED.

const {
  ObjectDefineProperty,
  PromiseReject,
  PromiseResolve,
  StringPrototypeToUpperCase,
  Symbol,
  SymbolToStringTag,
  ArrayBufferPrototypeSlice,
  TypedArrayPrototypeGetBuffer,
  TypeError,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_NODE4J_UNSUPPORTED, ERR_MISSING_ARGS },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const random = require('internal/crypto/random');
const { abOf, fromJava, lazyBinding, lenOf, offOf } = require('internal/crypto/util');

const kConstruct = Symbol('kConstruct');

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

const { CryptoKey, operations } = require('internal/crypto/webcrypto_subtle');

const digestNames = {
  __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
  'SHA3-256': 'sha3-256', 'SHA3-384': 'sha3-384', 'SHA3-512': 'sha3-512',
};

function normalizeDigest(algorithm) {
  let name = algorithm;
  if (typeof algorithm === 'object' && algorithm !== null) name = algorithm.name;
  if (typeof name !== 'string') throw domException('Algorithm: Unrecognized name', 'NotSupportedError');
  const nodeName = digestNames[StringPrototypeToUpperCase(name)];
  if (nodeName === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return nodeName;
}

let hashInfo;
function digestNow(nodeName, view) {
  hashInfo ??= require('internal/crypto/hash').hashInfo;
  const info = hashInfo(nodeName);
  const handle = lazyBinding().createHash(info.jca, info.defaultLength);
  handle.update(abOf(view), offOf(view), lenOf(view));
  const buf = fromJava(handle.digest());
  return ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(buf), 0, buf.length);
}

function bufferSource(data, method, position) {
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  if (isArrayBufferView(data)) return data;
  const err = new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not ` +
    'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

let subtle;

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  digest(algorithm, data) {
    try {
      if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
      if (arguments.length < 2) {
        const err = new TypeError(`Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, ` +
          `but only ${arguments.length} present.`);
        err.code = 'ERR_MISSING_ARGS';
        throw err;
      }
      const nodeName = normalizeDigest(algorithm);
      // Copied now: later changes to the caller's buffer must not change the result.
      const view = new Uint8Array(bufferSource(data, 'digest', '2nd'));
      return PromiseResolve(digestNow(nodeName, view));
    } catch (err) {
      return PromiseReject(err);
    }
  }
}
ObjectDefineProperty(SubtleCrypto.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'SubtleCrypto',
});

// Each operation settles its promise after the current job, as Node's (thread-pool) jobs do.
for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey', 'getPublicKey']) {
  const op = operations[name];
  const fn = {
    [name](...args) {
      return PromiseResolve().then(() => op(...args));
    },
  }[name];
  ObjectDefineProperty(SubtleCrypto.prototype, name, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: true,
  });
}
for (const name of ['encapsulateBits', 'encapsulateKey', 'decapsulateBits', 'decapsulateKey']) {
  const fn = {
    [name]() { return PromiseReject(new ERR_NODE4J_UNSUPPORTED(`SubtleCrypto.${name}`)); },
  }[name];
  ObjectDefineProperty(SubtleCrypto.prototype, name, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: true,
  });
}

let crypto;

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    return random.getRandomValues(array);
  }

  randomUUID() {
    return random.randomUUID();
  }
}
ObjectDefineProperty(Crypto.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'Crypto',
});

subtle = new SubtleCrypto(kConstruct);
crypto = new Crypto(kConstruct);

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto };
