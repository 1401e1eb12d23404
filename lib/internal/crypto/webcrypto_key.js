'use strict';
// CryptoKey (a KeyObject with a Web Crypto algorithm, usages and extractability) and what the
// SubtleCrypto operations share: DOMExceptions, algorithm and hash names, usage rules.

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ObjectDefineProperty,
  StringPrototypeToUpperCase,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
} = primordials;

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

function operationError() {
  return domException('The operation failed for an operation-specific reason', 'OperationError');
}

const kType = Symbol('kType');
const kExtractable = Symbol('kExtractable');
const kAlgorithm = Symbol('kAlgorithm');
const kUsages = Symbol('kUsages');
const kKeyObject = Symbol('kKeyObject');
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
    if (depth < 0) return this;
    const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: this[kType], extractable: this[kExtractable], algorithm: this[kAlgorithm], usages: this[kUsages],
    }, inner)}`;
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

function makeKey(keyObject, algorithm, extractable, usages) {
  const key = new CryptoKey(kConstruct);
  hidden(key, kType, keyObject.type);
  hidden(key, kExtractable, extractable);
  hidden(key, kAlgorithm, algorithm);
  hidden(key, kUsages, usages);
  hidden(key, kKeyObject, keyObject);
  return key;
}

// ---- algorithm names ----

const canonical = {
  __proto__: null,
  'HMAC': 'HMAC', 'AES-GCM': 'AES-GCM', 'AES-CBC': 'AES-CBC', 'AES-CTR': 'AES-CTR', 'AES-KW': 'AES-KW',
  'PBKDF2': 'PBKDF2', 'HKDF': 'HKDF', 'RSASSA-PKCS1-V1_5': 'RSASSA-PKCS1-v1_5', 'RSA-PSS': 'RSA-PSS',
  'RSA-OAEP': 'RSA-OAEP', 'ECDSA': 'ECDSA', 'ECDH': 'ECDH', 'ED25519': 'Ed25519', 'X25519': 'X25519',
  'ED448': 'Ed448', 'X448': 'X448',
};

// usages each kind of key of an algorithm may have, in the order Node lists them
const usageRules = {
  __proto__: null,
  'HMAC': { secret: ['sign', 'verify'] },
  'AES-GCM': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-CBC': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-CTR': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-KW': { secret: ['wrapKey', 'unwrapKey'] },
  'PBKDF2': { secret: ['deriveKey', 'deriveBits'] },
  'HKDF': { secret: ['deriveKey', 'deriveBits'] },
  'RSASSA-PKCS1-v1_5': { public: ['verify'], private: ['sign'] },
  'RSA-PSS': { public: ['verify'], private: ['sign'] },
  'ECDSA': { public: ['verify'], private: ['sign'] },
  'Ed25519': { public: ['verify'], private: ['sign'] },
  'Ed448': { public: ['verify'], private: ['sign'] },
  'RSA-OAEP': { public: ['encrypt', 'wrapKey'], private: ['decrypt', 'unwrapKey'] },
  'ECDH': { public: [], private: ['deriveKey', 'deriveBits'] },
  'X25519': { public: [], private: ['deriveKey', 'deriveBits'] },
  'X448': { public: [], private: ['deriveKey', 'deriveBits'] },
};

const warned = { __proto__: null };
function experimental(feature) {
  if (warned[feature]) return;
  warned[feature] = true;
  process.emitWarning(`${feature} is an experimental feature and might change at any time`, 'ExperimentalWarning');
}

function normalizeName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  if (typeof name !== 'string') throw domException('Algorithm: Unrecognized name', 'NotSupportedError');
  const canon = canonical[StringPrototypeToUpperCase(name)];
  if (canon === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  if (canon === 'Ed448' || canon === 'X448') experimental(`The ${canon} Web Crypto API algorithm`);
  return canon;
}

// The algorithm as an object, with a member the operation requires (Node's WebIDL message).
function requireMember(algorithm, member, dictionary) {
  if (typeof algorithm !== 'object' || algorithm === null || algorithm[member] === undefined) {
    const err = new TypeError('Failed to normalize algorithm: passed algorithm cannot be converted to ' +
      `'${dictionary}' because '${member}' is required in '${dictionary}'.`);
    err.code = 'ERR_MISSING_OPTION';
    throw err;
  }
  return algorithm[member];
}

const hashes = { __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

// 'SHA-256' (the Web Crypto name) for a hash given as a name or { name }
function normalizeHash(hash) {
  const name = typeof hash === 'string' ? hash : hash?.name;
  const upper = typeof name === 'string' ? StringPrototypeToUpperCase(name) : undefined;
  if (hashes[upper] === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return upper;
}

function usageError(name) {
  return domException(`Unsupported key usage for ${name === 'HMAC' ? 'an HMAC' : name} key`, 'SyntaxError');
}

// The usages of a key of this type, in Node's order; a usage the key cannot have is an error
// unless the key is one half of a pair (whose usages are split between the halves).
function keyUsages(name, type, requested, half = false) {
  const allowed = usageRules[name][type];
  for (let i = 0; !half && i < requested.length; i++) {
    if (!ArrayPrototypeIncludes(allowed, requested[i])) throw usageError(name);
  }
  return ArrayPrototypeFilter(allowed, (u) => ArrayPrototypeIncludes(requested, u));
}

// For generateKey of a pair: every usage must belong to one half.
function checkPairUsages(name, requested) {
  const rules = usageRules[name];
  for (let i = 0; i < requested.length; i++) {
    if (!ArrayPrototypeIncludes(rules.public, requested[i]) && !ArrayPrototypeIncludes(rules.private, requested[i])) {
      throw usageError(name);
    }
  }
}

function checkKey(key, name, usage) {
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (key[kAlgorithm].name !== name) throw domException('Key algorithm mismatch', 'InvalidAccessError');
  if (!ArrayPrototypeIncludes(key[kUsages], usage)) {
    throw domException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
}

let keys;
function lazyKeys() {
  keys ??= require('internal/crypto/keys');
  return keys;
}
let nodeCrypto;
function lazyCrypto() {
  nodeCrypto ??= require('crypto');
  return nodeCrypto;
}

module.exports = {
  CryptoKey,
  lazyCrypto,
  lazyKeys,
  checkKey,
  checkPairUsages,
  domException,
  experimental,
  hashes,
  kAlgorithm,
  kExtractable,
  kKeyObject,
  kUsages,
  keyUsages,
  makeKey,
  normalizeHash,
  normalizeName,
  operationError,
  requireMember,
  usageRules,
};
