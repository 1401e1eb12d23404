'use strict';
// KeyObject: secret keys hold their bytes in JS; asymmetric keys are a Java KeyHandle (JCA
// keys). PEM is unwrapped here and its DER handed to Java with the kind its label names;
// JWK members cross as name=value lines. Encrypted private keys: keys_encrypted.js.

const {
  ArrayPrototypeIncludes,
  BigInt,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeReplace,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolToStringTag,
  Uint8Array,
  TypedArrayPrototypeSlice,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
    ERR_CRYPTO_UNKNOWN_DH_GROUP,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  abOf, bufferFrom, fromJava, lazyBinding, lenOf, offOf, opensslError, toView,
} = require('internal/crypto/util');

const kKeyType = Symbol('kKeyType');
const kKeyData = Symbol('kKeyData');
const kConstruct = Symbol('kConstruct');
const kHandle = Symbol('kHandle');

// Internal slots stay out of util.inspect, as Node's are.
function hide(obj, key, value) {
  ObjectDefineProperty(obj, key, { __proto__: null, value, enumerable: false, writable: false, configurable: false });
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle !== kConstruct) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    hide(this, kKeyType, type);
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    const { CryptoKey, keyObjectOf } = require('internal/crypto/webcrypto_subtle');
    if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return keyObjectOf(key);
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return require('internal/crypto/webcrypto_subtle').toCryptoKey(this, algorithm, extractable, keyUsages);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kKeyData];
    const b = otherKeyObject[kKeyData];
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  }
}

ObjectDefineProperty(KeyObject.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'KeyObject',
});

class SecretKeyObject extends KeyObject {
  constructor(bytes) {
    super('secret', kConstruct);
    hide(this, kKeyData, bytes);
  }

  get symmetricKeySize() {
    return this[kKeyData].length;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: bufferFrom(this[kKeyData]).toString('base64url') };
      }
    }
    return bufferFrom(this[kKeyData]);
  }
}

function createSecretKey(key, encoding) {
  if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  const view = toView(key, 'key', encoding);
  // A private copy: later changes to the caller's buffer do not change the key.
  const bytes = TypedArrayPrototypeSlice(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return new SecretKeyObject(bytes);
}

// The bytes of a secret KeyObject, or undefined for anything else.
function secretBytesOf(key) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    return key[kKeyData];
  }
  return undefined;
}

// ---- asymmetric keys ----

class AsymmetricKeyObject extends KeyObject {
  constructor(type, handle) {
    super(type, kConstruct);
    hide(this, kHandle, handle);
  }

  get asymmetricKeyType() {
    return this[kHandle].type();
  }

  get asymmetricKeyDetails() {
    const d = this[kHandle].details();
    const type = this[kHandle].type();
    if (type === 'rsa' || type === 'rsa-pss') {
      const [bits, exp, md, mgf, salt] = StringPrototypeSplit(d, ',');
      const details = { modulusLength: +bits, publicExponent: BigInt(`0x${exp}`) };
      if (md !== undefined) {
        details.hashAlgorithm = nodeDigestName(md);
        details.mgf1HashAlgorithm = nodeDigestName(mgf);
        details.saltLength = +salt;
      }
      return details;
    }
    if (type === 'dsa') {
      const [bits, divisor] = StringPrototypeSplit(d, ',');
      return { modulusLength: +bits, divisorLength: +divisor };
    }
    if (type === 'ec') return { namedCurve: d };
    return {};
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && this[kHandle].same(otherKeyObject[kHandle]);
  }

  export(options) {
    validateObject(options, 'options');
    const { format = 'pem', type } = options;
    if (format === 'jwk') {
      const t = this[kHandle].type();
      if (t === 'dh' || t === 'dsa' || t === 'rsa-pss') throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
      return jwkToObject(this[kHandle].jwk());
    }
    const allowed = this.type === 'public' ? ['spki', 'pkcs1'] : ['pkcs8', 'pkcs1', 'sec1'];
    if (!ArrayPrototypeIncludes(allowed, type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE('options.format', format);
    const encryption = this.type === 'private' ? lazyEncrypted().encryptionOf(options, type, format) : undefined;
    const der = exported(this[kHandle], type);
    if (encryption !== undefined) {
      if (type !== 'pkcs8') return lazyEncrypted().legacyPem(der, pemLabels.private[type], encryption);
      const encrypted = lazyEncrypted().encryptPkcs8(der, encryption);
      return format === 'der' ? encrypted : toPem(encrypted, 'ENCRYPTED PRIVATE KEY');
    }
    if (format === 'der') return der;
    return toPem(der, pemLabels[this.type][type]);
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

const pemLabels = {
  public: { spki: 'PUBLIC KEY', pkcs1: 'RSA PUBLIC KEY' },
  private: { pkcs8: 'PRIVATE KEY', pkcs1: 'RSA PRIVATE KEY', sec1: 'EC PRIVATE KEY' },
};
const kindOfLabel = {
  __proto__: null,
  'PRIVATE KEY': 'pkcs8',
  'RSA PRIVATE KEY': 'pkcs1-private',
  'EC PRIVATE KEY': 'sec1',
  'PUBLIC KEY': 'spki',
  'RSA PUBLIC KEY': 'pkcs1-public',
  'CERTIFICATE': 'cert',
};

function exported(handle, type) {
  const r = handle.export(type);
  if (typeof r === 'string') throw new ERR_INVALID_ARG_VALUE('options.type', type);
  return fromJava(r);
}

function toPem(der, label) {
  const b64 = der.toString('base64');
  let body = '';
  for (let i = 0; i < b64.length; i += 64) body += `${StringPrototypeSlice(b64, i, i + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

// "SHA-256" (a JCA name) -> "sha256"
function nodeDigestName(jca) {
  return StringPrototypeToLowerCase(StringPrototypeReplace(jca, '-', ''));
}

function jwkToObject(lines) {
  if (!StringPrototypeIncludes(lines, '=')) throw new ERR_NODE4J_UNSUPPORTED(`JWK export: ${lines}`);
  const jwk = {};
  for (const line of StringPrototypeSplit(lines, '\n')) {
    const eq = StringPrototypeIndexOf(line, '=');
    jwk[StringPrototypeSlice(line, 0, eq)] = StringPrototypeSlice(line, eq + 1);
  }
  return jwk;
}

function decoderError() {
  return opensslError('unsupported');
}

function handleOrThrow(r) {
  if (typeof r === 'string') throw decoderError();
  return r;
}

let encrypted;
function lazyEncrypted() {
  encrypted ??= require('internal/crypto/keys_encrypted');
  return encrypted;
}

// PEM text -> { kind, der } for the first key block, decrypted with the passphrase if need be.
function parsePem(text, passphrase) {
  const m = RegExpPrototypeExec(/-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/, text);
  if (m === null) throw decoderError();
  const label = m[1];
  if (label === 'ENCRYPTED PRIVATE KEY') {
    return { kind: 'pkcs8', der: lazyEncrypted().decryptPem(label, m[2], passphrase) };
  }
  const kind = kindOfLabel[label];
  if (kind === undefined) throw decoderError();
  if (StringPrototypeIncludes(m[2], 'Proc-Type: 4,ENCRYPTED')) {
    return { kind, der: lazyEncrypted().decryptPem(label, m[2], passphrase) };
  }
  return { kind, der: bufferFrom(m[2], 'base64') };
}

function parseDer(der, type, isPublic, name, passphrase) {
  let kind;
  if (isPublic) {
    if (type === 'spki') kind = 'spki';
    else if (type === 'pkcs1') kind = 'pkcs1-public';
    else throw new ERR_INVALID_ARG_VALUE(`${name}.type`, type);
  } else if (type === 'pkcs8') {
    kind = 'pkcs8';
    der = lazyEncrypted().plainPkcs8(der, passphrase);
  } else if (type === 'pkcs1') {
    kind = 'pkcs1-private';
  } else if (type === 'sec1') {
    kind = 'sec1';
  } else {
    throw new ERR_INVALID_ARG_VALUE(`${name}.type`, type);
  }
  return handleOrThrow(lazyBinding().parseKey(kind, abOf(der), offOf(der), lenOf(der)));
}

function importJwk(jwk, wantPrivate) {
  validateObject(jwk, 'key.key');
  if (typeof jwk.kty !== 'string') {
    // Node's C++ check, with its own message under the same code
    const err = new ERR_CRYPTO_INVALID_JWK();
    err.message = 'Invalid JWK format';
    throw err;
  }
  let lines = '';
  for (const k of ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y']) {
    if (typeof jwk[k] === 'string') lines += `${k}=${jwk[k]}\n`;
  }
  if (wantPrivate && typeof jwk.d !== 'string') throw new ERR_CRYPTO_INVALID_JWK();
  const r = lazyBinding().importJwk(lines, wantPrivate);
  if (typeof r === 'string') throw new ERR_CRYPTO_INVALID_JWK();
  return r;
}

// A KeyHandle for key material given as PEM/DER/JWK (string, buffer or { key, format, type }).
function handleFromInput(key, isPublic) {
  let format = 'pem';
  let type;
  let encoding;
  let passphrase;
  let data = key;
  if (typeof key === 'object' && key !== null && !isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
    // a passphrase for an unencrypted key is ignored, as in Node
    ({ format = 'pem', type, encoding, passphrase } = key);
    data = key.key;
    if (format === 'jwk') return importJwk(data, !isPublic);
  }
  if (typeof data !== 'string' && !isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (format === 'der') {
    return parseDer(toView(data, 'key', encoding), type, isPublic, 'key', passphrase);
  }
  if (format !== 'pem') throw new ERR_INVALID_ARG_VALUE('key.format', format);
  const text = typeof data === 'string' ? data : bufferFrom(toView(data, 'key')).toString('latin1');
  const { kind, der } = parsePem(text, passphrase);
  return handleOrThrow(lazyBinding().parseKey(kind, abOf(der), offOf(der), lenOf(der)));
}

function createPrivateKey(key) {
  if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isArrayBufferView(key) &&
      (typeof key !== 'object' || key === null)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'], key);
  }
  const handle = handleFromInput(key, false);
  if (!handle.isPrivate()) throw decoderError();
  return new PrivateKeyObject(handle);
}

function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return new PublicKeyObject(key[kHandle].publicKey());
  }
  if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isArrayBufferView(key) &&
      (typeof key !== 'object' || key === null)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'], key);
  }
  if (typeof key === 'object' && key.key instanceof KeyObject) return createPublicKey(key.key);
  let handle;
  try {
    handle = handleFromInput(key, true);
  } catch (err) {
    // a private key (PEM, or DER/JWK given as private) also yields its public half
    if (typeof key === 'object' && key !== null && key.format === 'jwk') {
      handle = handleFromInput(key, false);
    } else {
      throw err;
    }
  }
  return new PublicKeyObject(handle.isPrivate() ? handle.publicKey() : handle);
}

// The KeyHandle behind a key argument of sign/verify/encrypt: a KeyObject, PEM, DER or JWK.
function asymmetricHandle(key, needPrivate, name = 'key') {
  if (key instanceof KeyObject) {
    if (key.type === 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', needPrivate ? 'private' : 'private or public');
    }
    if (needPrivate && key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return key[kHandle];
  }
  if (typeof key === 'object' && key !== null && key.key instanceof KeyObject) {
    return asymmetricHandle(key.key, needPrivate, name);
  }
  if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isArrayBufferView(key) &&
      (typeof key !== 'object' || key === null)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
      'KeyObject', 'CryptoKey'], key);
  }
  if (needPrivate) return handleFromInput(key, false);
  try {
    return handleFromInput(key, true);
  } catch (err) {
    if (typeof key === 'object' && key !== null && key.format === 'jwk') return handleFromInput(key, false);
    throw err;
  }
}

// ---- key generation ----

const okpTypes = ['ed25519', 'ed448', 'x25519', 'x448'];

function keyGenArgs(type, options) {
  validateString(type, 'type');
  if (type === 'rsa' || type === 'rsa-pss') {
    validateObject(options, 'options');
    const { modulusLength, publicExponent = 0x10001 } = options;
    validateUint32(modulusLength, 'options.modulusLength');
    validateUint32(publicExponent, 'options.publicExponent');
    return [type, modulusLength, publicExponent, type === 'rsa' ? null : pssParams(options)];
  }
  if (type === 'dsa') {
    validateObject(options, 'options');
    const { modulusLength, divisorLength } = options;
    validateUint32(modulusLength, 'options.modulusLength');
    if (divisorLength !== undefined && divisorLength !== null) validateInt32(divisorLength, 'options.divisorLength', 0);
    return [type, modulusLength, 0, divisorLength === undefined || divisorLength === null ? '' : `${divisorLength}`];
  }
  if (type === 'dh') {
    validateObject(options, 'options');
    return [type, 0, 0, dhParams(options)];
  }
  if (type === 'ec') {
    validateObject(options, 'options');
    const { namedCurve } = options;
    validateString(namedCurve, 'options.namedCurve');
    return [type, 0, 0, namedCurve];
  }
  if (ArrayPrototypeIncludes(okpTypes, type)) {
    if (options !== undefined) validateObject(options, 'options');
    return [type, 0, 0, null];
  }
  throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
}

const warnedPss = { __proto__: null };
// the value of a deprecated rsa-pss option (DEP0154, warned once per option) when the new one is absent
function deprecatedPssOption(options, oldName, newName) {
  if (options[oldName] === undefined || options[newName] !== undefined) return options[newName];
  if (!warnedPss[oldName]) {
    warnedPss[oldName] = true;
    process.emitWarning(`"options.${oldName}" is deprecated, use "options.${newName}" instead.`,
                        'DeprecationWarning', 'DEP0154');
  }
  return options[oldName];
}

// rsa-pss restrictions as "hash,mgf1Hash,saltLength" in JCA digest names ('' = unrestricted)
function pssParams(options) {
  const hashAlgorithm = deprecatedPssOption(options, 'hash', 'hashAlgorithm');
  const mgf1HashAlgorithm = deprecatedPssOption(options, 'mgf1Hash', 'mgf1HashAlgorithm');
  const { saltLength } = options;
  if (hashAlgorithm === undefined && mgf1HashAlgorithm === undefined && saltLength === undefined) return '';
  if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
  const jca = (name, option) => {
    if (name === undefined) return '';
    validateString(name, option);
    hashInfoOf ??= require('internal/crypto/hash').hashInfo;
    const info = hashInfoOf(name);
    if (info === null || info.xof) throw new ERR_CRYPTO_INVALID_DIGEST(name);
    return info.jca;
  };
  return `${jca(hashAlgorithm, 'options.hashAlgorithm')},${jca(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm')},` +
    `${saltLength ?? ''}`;
}
let hashInfoOf;

// dh parameters as "primeHex,generator" or "bits:N,generator"
function dhParams(options) {
  const { group, prime, primeLength, generator } = options;
  if (group !== undefined) {
    if (prime !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
    if (primeLength !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
    if (generator !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
    validateString(group, 'options.group');
    const { primes, privateBits } = require('internal/crypto/dh_groups');
    const hex = primes[group];
    if (hex === undefined) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
    return privateBits[group] ? `${hex},2,${privateBits[group]}` : `${hex},2`;
  }
  let g = 2;
  if (generator !== undefined) {
    validateInt32(generator, 'options.generator', 0);
    g = generator;
  }
  let bits;
  let hex;
  if (prime !== undefined) {
    if (primeLength !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
    if (!isArrayBufferView(prime)) throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
    hex = bufferFrom(new Uint8Array(abOf(prime), offOf(prime), lenOf(prime))).toString('hex');
    bits = hex.length * 4;
  } else if (primeLength !== undefined) {
    validateInt32(primeLength, 'options.primeLength', 0);
    bits = primeLength;
  } else {
    throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
  }
  // OpenSSL's minimum for DH parameters
  if (bits < 512) {
    const err = new Error('error:0280007E:Diffie-Hellman routines::modulus too small');
    err.library = 'Diffie-Hellman routines';
    err.reason = 'modulus too small';
    throw err;
  }
  return `${hex ?? `bits:${bits}`},${g}`;
}

function encodeKey(keyObject, encoding, name) {
  if (encoding === undefined) return keyObject;
  validateObject(encoding, name);
  if (encoding.format === 'jwk') return keyObject.export({ format: 'jwk' });
  return keyObject.export(encoding);
}

function keyPairResult(handle, options) {
  const publicKey = new PublicKeyObject(handle.publicKey());
  const privateKey = new PrivateKeyObject(handle);
  return {
    publicKey: encodeKey(publicKey, options?.publicKeyEncoding, 'options.publicKeyEncoding'),
    privateKey: encodeKey(privateKey, options?.privateKeyEncoding, 'options.privateKeyEncoding'),
  };
}

function generationError(message) {
  if (message === 'Invalid EC curve name') return new ERR_CRYPTO_INVALID_CURVE();
  return new Error(message);
}

function generateKeyPairSync(type, options) {
  const [t, bits, exp, curve] = keyGenArgs(type, options);
  const r = lazyBinding().generateKeyPair(t, bits, exp, curve, null);
  if (typeof r === 'string') throw generationError(r);
  return keyPairResult(r, options);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const [t, bits, exp, curve] = keyGenArgs(type, options);
  lazyBinding().generateKeyPair(t, bits, exp, curve, (err, handle) => {
    if (err !== null) {
      callback(generationError(err));
      return;
    }
    let result;
    try {
      result = keyPairResult(handle, options);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, result.publicKey, result.privateKey);
  });
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  asymmetricHandle,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPair,
  generateKeyPairSync,
  secretBytesOf,
};
