'use strict';
// node:crypto over the JDK's JCA (see internal/crypto/*). What the JDK cannot do, or what
// is not written yet, throws ERR_NODE4J_UNSUPPORTED naming the API.

const {
  ObjectDefineProperty,
  ObjectDefineProperties,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const { Cipheriv, Decipheriv, getCiphers, getCipherInfo } = require('internal/crypto/cipher');
const kdf = require('internal/crypto/kdf');
const {
  KeyObject, createPrivateKey, createPublicKey, createSecretKey, generateKeyPair, generateKeyPairSync,
} = require('internal/crypto/keys');
const sig = require('internal/crypto/sig');
const { abOf, lazyBinding, lenOf, offOf, splitInfo } = require('internal/crypto/util');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

let hashes;
function createSign(algorithm, options) {
  return new sig.Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new sig.Verify(algorithm, options);
}

function getHashes() {
  hashes ??= splitInfo(lazyBinding().hashNames());
  return hashes.slice();
}

// The curves the JDK supports (it dropped secp256k1 and the binary curves).
function getCurves() {
  return ['prime256v1', 'secp384r1', 'secp521r1'];
}

function bytesOf(buf, name) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  if (isArrayBufferView(buf)) {
    return TypedArrayPrototypeGetSymbolToStringTag(buf) === 'Uint8Array' && buf.byteOffset === 0 &&
      buf.byteLength === buf.buffer.byteLength ? buf : new Uint8Array(abOf(buf), offOf(buf), lenOf(buf));
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf);
}

function timingSafeEqual(buf1, buf2) {
  const a = bytesOf(buf1, 'buf1');
  const b = bytesOf(buf2, 'buf2');
  if (a.length !== b.length) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function unsupported(name) {
  const fn = function() { throw new ERR_NODE4J_UNSUPPORTED(`crypto.${name}`); };
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

function getFips() {
  return 0;
}

function setFips(enabled) {
  if (enabled) throw new ERR_NODE4J_UNSUPPORTED('crypto.setFips');
}

module.exports = {
  createHash,
  createHmac,
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  generateKeyPair,
  generateKeyPairSync,
  getCiphers,
  getCipherInfo,
  getCurves,
  getHashes,
  hash,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  randomUUIDv7: random.randomUUIDv7,
  timingSafeEqual,
  sign: sig.sign,
  verify: sig.verify,
  publicEncrypt: sig.publicEncrypt,
  privateDecrypt: sig.privateDecrypt,
  privateEncrypt: sig.privateEncrypt,
  publicDecrypt: sig.publicDecrypt,
  Sign: sig.Sign,
  Verify: sig.Verify,
  getFips,
  setFips,
  Cipheriv,
  Decipheriv,
  // Calling the constructors directly is deprecated; createHash/createHmac do not warn.
  Hash: require('util').deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: require('util').deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  KeyObject,
};

ObjectDefineProperty(module.exports, 'X509Certificate', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('internal/crypto/x509').X509Certificate; },
});

// Primes and secret-key generation load on first use.
for (const name of ['checkPrime', 'checkPrimeSync', 'generatePrime', 'generatePrimeSync', 'generateKey',
  'generateKeySync']) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/crypto/primes')[name]; },
  });
}

// Diffie-Hellman loads on first use.
for (const name of ['createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH', 'diffieHellman',
  'getDiffieHellman', 'DiffieHellman', 'DiffieHellmanGroup', 'ECDH']) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/crypto/diffiehellman')[name]; },
  });
}

for (const name of ['argon2', 'argon2Sync', 'checkPrime', 'checkPrimeSync', 'createPrivateKey',
  'createPublicKey', 'createSign', 'createVerify', 'generatePrime', 'generatePrimeSync',
  'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync', 'privateDecrypt',
  'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'sign', 'setEngine', 'verify',
  'encapsulate', 'decapsulate', 'Certificate', 'Sign', 'Verify', 'secureHeapUsed']) {
  if (module.exports[name] === undefined) module.exports[name] = unsupported(name);
}

const constants = require('internal/crypto/constants');

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, writable: false, value: constants,
  },
  webcrypto: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto; },
  },
  subtle: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto.subtle; },
  },
  getRandomValues: {
    __proto__: null, configurable: false, enumerable: true,
    get() {
      const { crypto } = require('internal/crypto/webcrypto');
      return (array) => crypto.getRandomValues(array);
    },
  },
});
