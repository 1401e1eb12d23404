'use strict';
// The SubtleCrypto operations beyond digest, for secret keys: HMAC, AES-GCM/CBC/CTR, PBKDF2
// and HKDF (importKey raw/jwk, exportKey, generateKey, sign/verify, encrypt/decrypt,
// deriveBits/deriveKey). Built on the node:crypto primitives. Asymmetric algorithms and key
// wrapping reject with ERR_NODE4J_UNSUPPORTED.

const {
  ArrayBufferPrototypeSlice,
  ArrayPrototypeIncludes,
  ArrayPrototypeEvery,
  ArrayPrototypeFilter,
  ObjectDefineProperty,
  StringPrototypeToUpperCase,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { abOf, bufferFrom, lenOf, offOf } = require('internal/crypto/util');

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

const kType = Symbol('kType');
const kExtractable = Symbol('kExtractable');
const kAlgorithm = Symbol('kAlgorithm');
const kUsages = Symbol('kUsages');
const kBytes = Symbol('kBytes');
const kConstruct = Symbol('kConstruct');

class CryptoKey {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    return this[kType];
  }

  get extractable() {
    return this[kExtractable];
  }

  get algorithm() {
    return this[kAlgorithm];
  }

  get usages() {
    return this[kUsages];
  }

  [SymbolFor('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `CryptoKey ${inspect({
      type: this[kType], extractable: this[kExtractable], algorithm: this[kAlgorithm], usages: this[kUsages],
    }, options)}`;
  }
}
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  ObjectDefineProperty(CryptoKey.prototype, name, { __proto__: null, enumerable: true });
}
ObjectDefineProperty(CryptoKey.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'CryptoKey',
});

function hidden(obj, key, value) {
  ObjectDefineProperty(obj, key, { __proto__: null, value, enumerable: false });
}

function makeKey(algorithm, extractable, usages, bytes) {
  const key = new CryptoKey(kConstruct);
  hidden(key, kType, 'secret');
  hidden(key, kExtractable, extractable);
  hidden(key, kAlgorithm, algorithm);
  hidden(key, kUsages, usages);
  hidden(key, kBytes, bytes);
  return key;
}

// ---- algorithm names ----

const names = ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'PBKDF2', 'HKDF', 'RSASSA-PKCS1-V1_5',
  'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'ED25519', 'X25519', 'ED448', 'X448'];
const canonical = {
  __proto__: null, 'RSASSA-PKCS1-V1_5': 'RSASSA-PKCS1-v1_5', 'ED25519': 'Ed25519', 'ED448': 'Ed448',
};
const implemented = ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'PBKDF2', 'HKDF'];
const hashes = { __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const hmacBlockBits = { __proto__: null, 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };

function normalizeName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  if (typeof name !== 'string') throw domException('Algorithm: Unrecognized name', 'NotSupportedError');
  const upper = StringPrototypeToUpperCase(name);
  if (!ArrayPrototypeIncludes(names, upper)) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  const canon = canonical[upper] ?? upper;
  if (!ArrayPrototypeIncludes(implemented, canon)) {
    throw new ERR_NODE4J_UNSUPPORTED(`SubtleCrypto with ${canon}`);
  }
  return canon;
}

function normalizeHash(hash) {
  const name = typeof hash === 'string' ? hash : hash?.name;
  const upper = typeof name === 'string' ? StringPrototypeToUpperCase(name) : undefined;
  if (hashes[upper] === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return upper;
}

function bytesOf(data) {
  if (isAnyArrayBuffer(data)) return bufferFrom(new Uint8Array(ArrayBufferPrototypeSlice(data, 0)));
  if (isArrayBufferView(data)) {
    const copy = new Uint8Array(lenOf(data));
    copy.set(new Uint8Array(abOf(data), offOf(data), lenOf(data)));
    return bufferFrom(copy.buffer);
  }
  const err = new TypeError('The data must be an ArrayBuffer, Buffer, TypedArray or DataView');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function toArrayBuffer(buf) {
  return ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(buf), buf.byteOffset, buf.byteOffset + buf.length);
}

const usagesFor = {
  __proto__: null,
  'HMAC': ['sign', 'verify'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'PBKDF2': ['deriveBits', 'deriveKey'],
  'HKDF': ['deriveBits', 'deriveKey'],
};

function checkUsages(name, usages) {
  const allowed = usagesFor[name];
  if (!ArrayPrototypeEvery(usages, (u) => ArrayPrototypeIncludes(allowed, u))) {
    throw domException(`Unsupported key usage for ${name === 'HMAC' ? 'an HMAC' : `${name}`} key`, 'SyntaxError');
  }
}

function secretKey(name, algorithm, bytes, extractable, usages) {
  checkUsages(name, usages);
  if (name === 'HMAC') {
    const hash = normalizeHash(algorithm.hash);
    const length = algorithm.length ?? bytes.length * 8;
    if (bytes.length === 0 || length > bytes.length * 8 || length <= (bytes.length - 1) * 8) {
      throw domException('Invalid key length', 'DataError');
    }
    return makeKey({ name, length, hash: { name: hash } }, extractable, usages, bytes);
  }
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (extractable) throw domException(`${name} keys are not extractable`, 'SyntaxError');
    return makeKey({ name }, false, usages, bytes);
  }
  if (bytes.length !== 16 && bytes.length !== 24 && bytes.length !== 32) {
    throw domException('Invalid key length', 'DataError');
  }
  return makeKey({ name, length: bytes.length * 8 }, extractable, usages, bytes);
}

function importKey(format, keyData, algorithm, extractable, keyUsages) {
  const name = normalizeName(algorithm);
  let bytes;
  if (format === 'raw') {
    bytes = bytesOf(keyData);
  } else if (format === 'jwk') {
    if (typeof keyData !== 'object' || keyData === null || keyData.kty !== 'oct' || typeof keyData.k !== 'string') {
      throw domException('Invalid keyData', 'DataError');
    }
    if (keyData.ext === false && extractable) throw domException('JWK "ext" Parameter and extractable mismatch', 'DataError');
    bytes = bufferFrom(keyData.k, 'base64url');
  } else {
    throw new ERR_NODE4J_UNSUPPORTED(`SubtleCrypto.importKey format '${format}'`);
  }
  return secretKey(name, typeof algorithm === 'object' ? algorithm : { name }, bytes, !!extractable,
                   ArrayPrototypeFilter(keyUsages, () => true));
}

let nodeCrypto;
function lazyCrypto() {
  nodeCrypto ??= require('crypto');
  return nodeCrypto;
}

function generateKey(algorithm, extractable, keyUsages) {
  const name = normalizeName(algorithm);
  let bits;
  if (name === 'HMAC') {
    bits = algorithm.length ?? hmacBlockBits[normalizeHash(algorithm.hash)];
  } else if (name === 'AES-GCM' || name === 'AES-CBC' || name === 'AES-CTR') {
    bits = algorithm.length;
    if (bits !== 128 && bits !== 192 && bits !== 256) {
      throw domException('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
  } else {
    throw domException('Unrecognized algorithm name', 'NotSupportedError');
  }
  const bytes = lazyCrypto().randomBytes((bits + 7) >> 3);
  return secretKey(name, algorithm, bytes, !!extractable, ArrayPrototypeFilter(keyUsages, () => true));
}

const jwkAlg = {
  __proto__: null, 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512',
};

function exportKey(format, key) {
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (!key[kExtractable]) throw domException('key is not extractable', 'InvalidAccessError');
  if (format === 'raw') return toArrayBuffer(key[kBytes]);
  if (format === 'jwk') {
    const alg = key[kAlgorithm];
    const jwk = { key_ops: key[kUsages], ext: true };
    if (alg.name === 'HMAC') jwk.alg = jwkAlg[alg.hash.name];
    else jwk.alg = `A${alg.length}${alg.name.slice(4)}`;
    jwk.kty = 'oct';
    jwk.k = key[kBytes].toString('base64url');
    return jwk;
  }
  throw new ERR_NODE4J_UNSUPPORTED(`SubtleCrypto.exportKey format '${format}'`);
}

function checkKey(key, name, usage) {
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (key[kAlgorithm].name !== name) throw domException('Key algorithm mismatch', 'InvalidAccessError');
  if (!ArrayPrototypeIncludes(key[kUsages], usage)) {
    throw domException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
}

function hmac(key, data) {
  return lazyCrypto().createHmac(hashes[key[kAlgorithm].hash.name], key[kBytes]).update(bytesOf(data)).digest();
}

function sign(algorithm, key, data) {
  const name = normalizeName(algorithm);
  checkKey(key, name, 'sign');
  return toArrayBuffer(hmac(key, data));
}

function verify(algorithm, key, signature, data) {
  const name = normalizeName(algorithm);
  checkKey(key, name, 'verify');
  const expected = hmac(key, data);
  const sig = bytesOf(signature);
  return sig.length === expected.length && lazyCrypto().timingSafeEqual(sig, expected);
}

function aesName(key) {
  const mode = key[kAlgorithm].name.slice(4).toLowerCase();
  return `aes-${key[kAlgorithm].length}-${mode}`;
}

function operationError() {
  return domException('The operation failed for an operation-specific reason', 'OperationError');
}

function cipher(algorithm, key, data, encrypt) {
  const name = normalizeName(algorithm);
  checkKey(key, name, encrypt ? 'encrypt' : 'decrypt');
  const input = bytesOf(data);
  const c = lazyCrypto();
  if (name === 'AES-GCM') {
    const tagBytes = (algorithm.tagLength ?? 128) / 8;
    const iv = bytesOf(algorithm.iv);
    if (encrypt) {
      const e = c.createCipheriv(aesName(key), key[kBytes], iv, { authTagLength: tagBytes });
      if (algorithm.additionalData !== undefined) e.setAAD(bytesOf(algorithm.additionalData));
      return toArrayBuffer(concat([e.update(input), e.final(), e.getAuthTag()]));
    }
    if (input.length < tagBytes) throw operationError();
    const d = c.createDecipheriv(aesName(key), key[kBytes], iv, { authTagLength: tagBytes });
    if (algorithm.additionalData !== undefined) d.setAAD(bytesOf(algorithm.additionalData));
    d.setAuthTag(input.subarray(input.length - tagBytes));
    try {
      return toArrayBuffer(concat([d.update(input.subarray(0, input.length - tagBytes)), d.final()]));
    } catch {
      throw operationError();
    }
  }
  const iv = bytesOf(name === 'AES-CTR' ? algorithm.counter : algorithm.iv);
  const run = encrypt ? c.createCipheriv(aesName(key), key[kBytes], iv) :
    c.createDecipheriv(aesName(key), key[kBytes], iv);
  try {
    return toArrayBuffer(concat([run.update(input), run.final()]));
  } catch {
    throw operationError();
  }
}

let BufferConcat;
function concat(list) {
  BufferConcat ??= require('buffer').Buffer.concat;
  return BufferConcat(list);
}

function deriveBits(algorithm, baseKey, length) {
  const name = normalizeName(algorithm);
  checkKey(baseKey, name, 'deriveBits');
  if (length === null || length === undefined || length % 8 !== 0) {
    throw domException('length must be a multiple of 8', 'OperationError');
  }
  const hash = hashes[normalizeHash(algorithm.hash)];
  const c = lazyCrypto();
  if (name === 'PBKDF2') {
    if (algorithm.iterations === 0) throw domException('iterations cannot be zero', 'OperationError');
    return toArrayBuffer(c.pbkdf2Sync(baseKey[kBytes], bytesOf(algorithm.salt), algorithm.iterations, length / 8, hash));
  }
  return c.hkdfSync(hash, baseKey[kBytes], bytesOf(algorithm.salt), bytesOf(algorithm.info), length / 8);
}

function deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
  const name = normalizeName(algorithm);
  checkKey(baseKey, name, 'deriveKey');
  const target = normalizeName(derivedKeyType);
  let bits = derivedKeyType.length;
  if (target === 'HMAC' && bits === undefined) bits = hmacBlockBits[normalizeHash(derivedKeyType.hash)];
  const usagesCopy = ArrayPrototypeFilter(baseKey[kUsages], () => true);
  const pseudo = makeKey(baseKey[kAlgorithm], false, [...usagesCopy, 'deriveBits'], baseKey[kBytes]);
  const raw = deriveBits(algorithm, pseudo, bits);
  return secretKey(target, derivedKeyType, bufferFrom(raw), !!extractable, ArrayPrototypeFilter(keyUsages, () => true));
}

module.exports = {
  CryptoKey,
  operations: {
    importKey, exportKey, generateKey, sign, verify, deriveBits, deriveKey,
    encrypt: (algorithm, key, data) => cipher(algorithm, key, data, true),
    decrypt: (algorithm, key, data) => cipher(algorithm, key, data, false),
  },
  keyBytes: (key) => key[kBytes],
};
