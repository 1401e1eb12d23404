'use strict';
// The SubtleCrypto operations beyond digest. Secret keys (HMAC, AES-GCM/CBC/CTR/KW, PBKDF2,
// HKDF) are handled here; asymmetric ones in webcrypto_asym.js. wrapKey/unwrapKey are
// exportKey+encrypt and decrypt+importKey. Built on the node:crypto primitives.

const {
  ArrayBufferPrototypeSlice,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  JSONParse,
  JSONStringify,
  StringPrototypePadEnd,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  Uint8Array,
} = primordials;

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { abOf, bufferFrom, lenOf, offOf } = require('internal/crypto/util');
const {
  CryptoKey, checkKey, domException, hashes, kAlgorithm, kExtractable, kKeyObject, kUsages, keyUsages, makeKey,
  lazyCrypto, lazyKeys,
  normalizeHash, normalizeName, operationError, requireMember,
} = require('internal/crypto/webcrypto_key');
const asym = require('internal/crypto/webcrypto_asym');

const hmacBlockBits = { __proto__: null, 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const formats = ['raw', 'pkcs8', 'spki', 'jwk'];


// A private copy of BufferSource bytes, as a Buffer.
function bytesOf(data, method, position) {
  if (isAnyArrayBuffer(data)) return bufferFrom(new Uint8Array(ArrayBufferPrototypeSlice(data, 0)));
  if (isArrayBufferView(data)) {
    const copy = new Uint8Array(lenOf(data));
    copy.set(new Uint8Array(abOf(data), offOf(data), lenOf(data)));
    return bufferFrom(copy.buffer);
  }
  const err = new TypeError(method === undefined ? 'The data must be an ArrayBuffer, Buffer, TypedArray or DataView' :
    `Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not instance of ArrayBuffer, ` +
    'Buffer, TypedArray, or DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function toArrayBuffer(buf) {
  return ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(buf), buf.byteOffset, buf.byteOffset + buf.length);
}

function checkFormat(format, method) {
  if (!ArrayPrototypeIncludes(formats, format)) {
    const err = new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': 1st argument '${format}' is not ` +
      'a valid enum value of type KeyFormat.');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
}

function usageList(usages) {
  return ArrayPrototypeFilter(usages, () => true);
}

function secretBytes(key) {
  return lazyKeys().secretBytesOf(key[kKeyObject]);
}

// ---- secret keys ----

function secretKey(name, algorithm, bytes, extractable, requested, creating) {
  const usages = keyUsages(name, 'secret', requested);
  if (requested.length === 0) {
    throw domException(creating ? 'Usages cannot be empty when creating a key.' :
      'Usages cannot be empty when importing a secret key.', 'SyntaxError');
  }
  const keyObject = lazyKeys().createSecretKey(bytes);
  if (name === 'HMAC') {
    const hash = normalizeHash(algorithm.hash);
    const length = algorithm.length ?? bytes.length * 8;
    if (bytes.length === 0 || length > bytes.length * 8 || length <= (bytes.length - 1) * 8) {
      throw domException('Invalid key length', 'DataError');
    }
    return makeKey(keyObject, { name, length, hash: { name: hash } }, extractable, usages);
  }
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (extractable) throw domException(`${name} keys are not extractable`, 'SyntaxError');
    return makeKey(keyObject, { name }, false, usages);
  }
  if (bytes.length !== 16 && bytes.length !== 24 && bytes.length !== 32) {
    throw domException('Invalid key length', 'DataError');
  }
  return makeKey(keyObject, { name, length: bytes.length * 8 }, extractable, usages);
}

function importKey(format, keyData, algorithm, extractable, usages) {
  checkFormat(format, 'importKey');
  const name = normalizeName(algorithm);
  const requested = usageList(usages);
  if (format === 'jwk' && (typeof keyData !== 'object' || keyData === null)) {
    const err = new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument cannot be converted " +
      'to a dictionary');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const data = format === 'jwk' ? keyData : bytesOf(keyData, 'importKey', '2nd');
  if (asym.isAsymmetric(name)) {
    return asym.importAsym(name, format, data, typeof algorithm === 'object' ? algorithm : { name }, !!extractable,
                           requested);
  }
  let bytes;
  if (format === 'raw') {
    bytes = data;
  } else if (format === 'jwk') {
    if (data.kty !== 'oct' || typeof data.k !== 'string') throw domException('Invalid keyData', 'DataError');
    if (data.ext === false && extractable) throw domException('JWK "ext" Parameter and extractable mismatch', 'DataError');
    bytes = bufferFrom(data.k, 'base64url');
  } else {
    throw domException(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
  }
  return secretKey(name, typeof algorithm === 'object' ? algorithm : { name }, bytes, !!extractable, requested, false);
}

function generateKey(algorithm, extractable, usages) {
  const name = normalizeName(algorithm);
  const requested = usageList(usages);
  if (asym.isAsymmetric(name)) {
    return asym.generate(name, typeof algorithm === 'object' ? algorithm : { name }, !!extractable, requested);
  }
  let bits;
  if (name === 'HMAC') {
    bits = algorithm.length ?? hmacBlockBits[normalizeHash(requireMember(algorithm, 'hash', 'HmacKeyGenParams'))];
  } else if (name === 'PBKDF2' || name === 'HKDF') {
    throw domException('Unrecognized algorithm name', 'NotSupportedError');
  } else {
    bits = algorithm.length;
    if (bits !== 128 && bits !== 192 && bits !== 256) {
      throw domException('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
  }
  const bytes = lazyCrypto().randomBytes((bits + 7) >> 3);
  return secretKey(name, algorithm, bytes, !!extractable, requested, true);
}

const jwkAlg = {
  __proto__: null, 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512',
};

function exportKey(format, key) {
  checkFormat(format, 'exportKey');
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (!key[kExtractable]) throw domException('key is not extractable', 'InvalidAccessError');
  if (key.type !== 'secret') return asym.exportAsym(format, key);
  const alg = key[kAlgorithm];
  if (format === 'raw') return toArrayBuffer(secretBytes(key));
  if (format === 'jwk') {
    const jwk = { key_ops: key[kUsages], ext: true };
    if (alg.name === 'HMAC') jwk.alg = jwkAlg[alg.hash.name];
    else jwk.alg = `A${alg.length}${alg.name.slice(4)}`;
    jwk.kty = 'oct';
    jwk.k = bufferFrom(secretBytes(key)).toString('base64url');
    return jwk;
  }
  throw domException(`Unable to export ${alg.name} secret key using ${format} format`, 'NotSupportedError');
}

function hmac(key, data) {
  return lazyCrypto().createHmac(hashes[key[kAlgorithm].hash.name], secretBytes(key)).update(data).digest();
}

function sign(algorithm, key, data) {
  const name = normalizeName(algorithm);
  const bytes = bytesOf(data, 'sign', '3rd');
  if (name !== 'HMAC') return asym.sign(name, algorithm, key, bytes);
  checkKey(key, name, 'sign');
  return toArrayBuffer(hmac(key, bytes));
}

function verify(algorithm, key, signature, data) {
  const name = normalizeName(algorithm);
  const sig = bytesOf(signature, 'verify', '3rd');
  const bytes = bytesOf(data, 'verify', '4th');
  if (name !== 'HMAC') return asym.verify(name, algorithm, key, sig, bytes);
  checkKey(key, name, 'verify');
  const expected = hmac(key, bytes);
  return sig.length === expected.length && lazyCrypto().timingSafeEqual(sig, expected);
}

function aesName(key) {
  const mode = key[kAlgorithm].name.slice(4).toLowerCase();
  return `aes-${key[kAlgorithm].length}-${mode}`;
}

let BufferConcat;
function concat(list) {
  BufferConcat ??= require('buffer').Buffer.concat;
  return BufferConcat(list);
}

// encrypt/decrypt once the key is checked: AES-GCM/CBC/CTR, AES-KW (wrapping only), RSA-OAEP
function runCipher(name, algorithm, key, input, encrypt) {
  if (name === 'RSA-OAEP') return asym.rsaCipher(algorithm, key, input, encrypt);
  const c = lazyCrypto();
  const keyBytes = secretBytes(key);
  if (name === 'AES-KW') {
    const kwIv = bufferFrom('a6a6a6a6a6a6a6a6', 'hex');
    const cipherName = `id-aes${key[kAlgorithm].length}-wrap`;
    try {
      const run = encrypt ? c.createCipheriv(cipherName, keyBytes, kwIv) : c.createDecipheriv(cipherName, keyBytes, kwIv);
      return toArrayBuffer(concat([run.update(input), run.final()]));
    } catch {
      throw operationError();
    }
  }
  if (name === 'AES-GCM') {
    const tagBytes = (algorithm.tagLength ?? 128) / 8;
    const iv = bytesOf(requireMember(algorithm, 'iv', 'AesGcmParams'));
    if (encrypt) {
      const e = c.createCipheriv(aesName(key), keyBytes, iv, { authTagLength: tagBytes });
      if (algorithm.additionalData !== undefined) e.setAAD(bytesOf(algorithm.additionalData));
      return toArrayBuffer(concat([e.update(input), e.final(), e.getAuthTag()]));
    }
    if (input.length < tagBytes) throw operationError();
    const d = c.createDecipheriv(aesName(key), keyBytes, iv, { authTagLength: tagBytes });
    if (algorithm.additionalData !== undefined) d.setAAD(bytesOf(algorithm.additionalData));
    d.setAuthTag(input.subarray(input.length - tagBytes));
    try {
      return toArrayBuffer(concat([d.update(input.subarray(0, input.length - tagBytes)), d.final()]));
    } catch {
      throw operationError();
    }
  }
  const iv = bytesOf(name === 'AES-CTR' ? requireMember(algorithm, 'counter', 'AesCtrParams') :
    requireMember(algorithm, 'iv', 'AesCbcParams'));
  const run = encrypt ? c.createCipheriv(aesName(key), keyBytes, iv) : c.createDecipheriv(aesName(key), keyBytes, iv);
  try {
    return toArrayBuffer(concat([run.update(input), run.final()]));
  } catch {
    throw operationError();
  }
}

function cipher(algorithm, key, data, encrypt) {
  const name = normalizeName(algorithm);
  const input = bytesOf(data, encrypt ? 'encrypt' : 'decrypt', '3rd');
  if (name === 'AES-KW' || !ArrayPrototypeIncludes(['AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP'], name)) {
    throw domException('Unrecognized algorithm name', 'NotSupportedError');
  }
  checkKey(key, name, encrypt ? 'encrypt' : 'decrypt');
  return runCipher(name, algorithm, key, input, encrypt);
}

function deriveBits(algorithm, baseKey, length, usage = 'deriveBits') {
  const name = normalizeName(algorithm);
  if (name === 'ECDH' || name === 'X25519' || name === 'X448') {
    return asym.deriveBits(name, algorithm, baseKey, length, usage);
  }
  if (name !== 'PBKDF2' && name !== 'HKDF') throw domException('Unrecognized algorithm name', 'NotSupportedError');
  if (!(baseKey instanceof CryptoKey)) throw new TypeError('baseKey must be a CryptoKey');
  if (!ArrayPrototypeIncludes(baseKey[kUsages], usage)) {
    throw domException(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  }
  if (baseKey[kAlgorithm].name !== name) throw domException('Key algorithm mismatch', 'InvalidAccessError');
  if (length === null || length === undefined || length % 8 !== 0) {
    throw domException('length must be a multiple of 8', 'OperationError');
  }
  const hash = hashes[normalizeHash(algorithm.hash)];
  const c = lazyCrypto();
  if (name === 'PBKDF2') {
    if (algorithm.iterations === 0) throw domException('iterations cannot be zero', 'OperationError');
    return toArrayBuffer(c.pbkdf2Sync(secretBytes(baseKey), bytesOf(algorithm.salt), algorithm.iterations, length / 8,
                                      hash));
  }
  return c.hkdfSync(hash, secretBytes(baseKey), bytesOf(algorithm.salt), bytesOf(algorithm.info), length / 8);
}

function deriveKey(algorithm, baseKey, derivedKeyType, extractable, usages) {
  const target = normalizeName(derivedKeyType);
  let bits = derivedKeyType.length;
  if (target === 'HMAC' && bits === undefined) bits = hmacBlockBits[normalizeHash(derivedKeyType.hash)];
  const raw = deriveBits(algorithm, baseKey, bits, 'deriveKey');
  return secretKey(target, derivedKeyType, bufferFrom(raw), !!extractable, usageList(usages), true);
}

// ---- key wrapping ----

function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  checkFormat(format, 'wrapKey');
  const name = normalizeName(wrapAlgorithm);
  checkKey(wrappingKey, name, 'wrapKey');
  const exported = exportKey(format, key);
  let bytes;
  if (format === 'jwk') {
    let json = JSONStringify(exported);
    // AES-KW takes whole 8-byte blocks: Node pads the JSON text with spaces
    if (name === 'AES-KW') json = StringPrototypePadEnd(json, (json.length + 7) & ~7, ' ');
    bytes = bufferFrom(json);
  } else {
    bytes = bufferFrom(exported);
  }
  return runCipher(name, wrapAlgorithm, wrappingKey, bytes, true);
}

function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) {
  checkFormat(format, 'unwrapKey');
  const name = normalizeName(unwrapAlgorithm);
  const input = bytesOf(wrappedKey, 'unwrapKey', '2nd');
  checkKey(unwrappingKey, name, 'unwrapKey');
  const plain = runCipher(name, unwrapAlgorithm, unwrappingKey, input, false);
  let keyData = plain;
  if (format === 'jwk') {
    try {
      keyData = JSONParse(bufferFrom(plain).toString());
    } catch {
      throw domException('Invalid keyData', 'DataError');
    }
  }
  return importKey(format, keyData, unwrappedKeyAlgorithm, extractable, usages);
}

// subtle.getPublicKey: the public half of a private key, always extractable
function getPublicKey(key, usages) {
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (key.type !== 'private') throw domException('key must be a private key', 'InvalidAccessError');
  require('internal/crypto/webcrypto_key').experimental('The getPublicKey Web Crypto API method');
  const publicKey = lazyKeys().createPublicKey(key[kKeyObject]);
  const { name } = key[kAlgorithm];
  return makeKey(publicKey, key[kAlgorithm], true, keyUsages(name, 'public', usageList(usages)));
}

// keyObject.toCryptoKey(algorithm, extractable, keyUsages)
function toCryptoKey(keyObject, algorithm, extractable, usages) {
  const name = normalizeName(algorithm);
  const alg = typeof algorithm === 'object' ? algorithm : { name };
  const requested = usageList(usages);
  if (keyObject.type === 'secret') {
    if (asym.isAsymmetric(name)) throw domException('Invalid key type', 'DataError');
    return secretKey(name, alg, bufferFrom(lazyKeys().secretBytesOf(keyObject)), !!extractable, requested, false);
  }
  if (!asym.isAsymmetric(name)) throw domException('Invalid key type', 'DataError');
  if (keyObject.type === 'private' && requested.length === 0) {
    throw domException('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return asym.fromKeyObject(name, alg, keyObject, !!extractable, requested);
}

module.exports = {
  CryptoKey,
  operations: {
    importKey, exportKey, generateKey, sign, verify, deriveKey, wrapKey, unwrapKey, getPublicKey,
    deriveBits: (algorithm, baseKey, length) => deriveBits(algorithm, baseKey, length),
    encrypt: (algorithm, key, data) => cipher(algorithm, key, data, true),
    decrypt: (algorithm, key, data) => cipher(algorithm, key, data, false),
  },
  keyObjectOf: (key) => key[kKeyObject],
  toCryptoKey,
};
