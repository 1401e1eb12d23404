'use strict';
// DiffieHellman, DiffieHellmanGroup, ECDH and crypto.diffieHellman(). Keys live in JS as
// Buffers; the arithmetic (modPow, EC point multiplication and decoding, JCA KeyAgreement)
// is in Java (org.node4j.crypto.KeyAgree).

const {
  BigInt,
  Error,
  NumberPrototypeToString,
  ObjectDefineProperty,
  RangeError,
  Symbol,
  TypeError,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_OPERATION_FAILED,
    ERR_CRYPTO_UNKNOWN_DH_GROUP,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateFunction, validateInt32, validateObject, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  abOf, bufferFrom, encodeOutput, fromJava, lazyBinding, lenOf, nativeError, offOf, opensslError, toView,
} = require('internal/crypto/util');

const kState = Symbol('kState');

function hide(obj, value) {
  ObjectDefineProperty(obj, kState, { __proto__: null, value, enumerable: false, writable: false });
}

// A private Buffer copy of key material given as string (with encoding) or bytes.
function bytes(data, name, encoding) {
  if (typeof data !== 'string' && !isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const v = toView(data, name, encoding == null || encoding === 'buffer' ? undefined : encoding);
  return bufferFrom(new Uint8Array(abOf(v), offOf(v), lenOf(v)));
}

// Output as a Buffer, or a string in the encoding asked for (null and 'buffer' mean a Buffer).
function out(buf, encoding) {
  return encodeOutput(buf, encoding ?? undefined);
}

function args(buf) {
  return [abOf(buf), offOf(buf), lenOf(buf)];
}

// ---- finite-field Diffie-Hellman ----

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isArrayBufferView(sizeOrKey) &&
      !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray',
      'DataView'], sizeOrKey);
  }
  // (key, generator[, genEncoding]) when the second argument is not an encoding
  if (keyEncoding && typeof keyEncoding !== 'string' && typeof generator !== 'string') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  let prime;
  if (typeof sizeOrKey === 'number') {
    validateInt32(sizeOrKey, 'sizeOrKey');
    if (sizeOrKey < 512) throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid DH parameters');
    prime = fromJava(lazyBinding().dhSafePrime(sizeOrKey));
  } else {
    prime = bytes(sizeOrKey, 'sizeOrKey', keyEncoding || undefined);
  }
  let gen;
  if (generator === undefined) {
    gen = bufferFrom([2]);
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
    if (generator <= 1) throw opensslError('bad generator');
    const hex = NumberPrototypeToString(generator, 16);
    gen = bufferFrom(hex.length % 2 ? `0${hex}` : hex, 'hex');
  } else {
    gen = bytes(generator, 'generator', genEncoding || undefined);
    let v = 0n;
    for (let i = 0; i < gen.length; i++) v = (v << 8n) | BigInt(gen[i]);
    if (v <= 1n) throw opensslError('bad generator');
  }
  hide(this, { prime, gen, pub: undefined, priv: undefined, privBits: 0 });
  ObjectDefineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, configurable: true, writable: false,
    value: lazyBinding().dhCheck(...args(prime)),
  });
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  const groups = require('internal/crypto/dh_groups');
  const hex = typeof name === 'string' ? groups.primes[name] : undefined;
  if (hex === undefined) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  hide(this, { prime: bufferFrom(hex, 'hex'), gen: bufferFrom([2]), pub: undefined, priv: undefined,
               privBits: groups.privateBits[name] });
  ObjectDefineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, configurable: true, writable: false, value: 0,
  });
}

function dhGenerateKeys(encoding) {
  const s = this[kState];
  if (s.priv === undefined) {
    const bits = s.privBits || s.prime.length * 8 - 1;
    s.priv = fromJava(lazyBinding().dhPrivate(bits));
  }
  s.pub = fromJava(lazyBinding().dhModPow(...args(s.prime), ...args(s.gen), ...args(s.priv), false));
  return out(s.pub, encoding);
}

function dhComputeSecret(key, inEnc, outEnc) {
  const s = this[kState];
  const other = bytes(key, 'key', inEnc);
  if (s.priv === undefined) throw new ERR_CRYPTO_INVALID_STATE('computeSecret');
  const r = lazyBinding().dhModPow(...args(s.prime), ...args(other), ...args(s.priv), true);
  if (typeof r === 'string') {
    // outside (1, p-1): OpenSSL's two messages
    let v = 0n;
    for (let i = 0; i < other.length; i++) v = (v << 8n) | BigInt(other[i]);
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', v <= 1n ? 'Supplied key is too small' :
      'Supplied key is too large');
  }
  return out(fromJava(r), outEnc);
}

function noKey(which) {
  return nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', `No ${which} key - did you forget to generate one?`);
}

const dhMethods = {
  generateKeys: dhGenerateKeys,
  computeSecret: dhComputeSecret,
  getPrime(encoding) { return out(this[kState].prime, encoding); },
  getGenerator(encoding) { return out(this[kState].gen, encoding); },
  getPublicKey(encoding) {
    const { pub } = this[kState];
    if (pub === undefined) throw noKey('public');
    return out(pub, encoding);
  },
  getPrivateKey(encoding) {
    const { priv } = this[kState];
    if (priv === undefined) throw noKey('private');
    return out(priv, encoding);
  },
};
for (const name of ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey']) {
  DiffieHellman.prototype[name] = dhMethods[name];
  DiffieHellmanGroup.prototype[name] = dhMethods[name];
}
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kState].pub = bytes(key, 'key', encoding);
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kState].priv = bytes(key, 'key', encoding);
  return this;
};

// ---- ECDH on raw keys ----

const kCurveSizes = { __proto__: null, prime256v1: 32, secp384r1: 48, secp521r1: 66 };
const kCurveAliases = { __proto__: null, 'P-256': 'prime256v1', secp256r1: 'prime256v1', 'P-384': 'secp384r1',
                        'P-521': 'secp521r1' };

function curveName(curve) {
  validateString(curve, 'curve');
  const name = kCurveAliases[curve] ?? curve;
  if (kCurveSizes[name] === undefined) throw new ERR_CRYPTO_INVALID_CURVE();
  return name;
}

function checkFormat(format) {
  if (format === undefined || format === 'uncompressed') return 'uncompressed';
  if (format === 'compressed' || format === 'hybrid') return format;
  throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

const empty = new Uint8Array(0);

function ecdhCall(op, curve, a, b = empty) {
  return lazyBinding().ecdh(op, curve, abOf(a), offOf(a), lenOf(a), abOf(b), offOf(b), lenOf(b));
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  hide(this, { curve: curveName(curve), pub: undefined, priv: undefined });
}

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const s = this[kState];
  const point = bytes(key, 'key', inEnc);
  if (s.priv === undefined) {
    if (typeof ecdhCall('uncompressed', s.curve, point) === 'string') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    throw new ERR_CRYPTO_INVALID_STATE('computeSecret');
  }
  const r = ecdhCall('compute', s.curve, s.priv, point);
  if (typeof r === 'string') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  return out(fromJava(r), outEnc);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const s = this[kState];
  const raw = bytes(key, 'key', encoding);
  const pub = ecdhCall('public', s.curve, raw);
  if (typeof pub === 'string') {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  }
  // stored padded to the curve's size, as OpenSSL returns it
  const size = kCurveSizes[s.curve];
  const priv = bufferFrom(new Uint8Array(size));
  raw.copy(priv, size - raw.length > 0 ? size - raw.length : 0, raw.length > size ? raw.length - size : 0);
  s.priv = priv;
  s.pub = fromJava(pub);
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const s = this[kState];
  const point = bytes(key, 'key', encoding);
  const r = ecdhCall('uncompressed', s.curve, point);
  if (typeof r === 'string') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  s.pub = fromJava(r);
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const { priv } = this[kState];
  if (priv === undefined) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH private key');
  return out(priv, encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const s = this[kState];
  const r = lazyBinding().ecdhGenerate(s.curve);
  const all = fromJava(r);
  const size = kCurveSizes[s.curve];
  s.priv = all.subarray(0, all.length - (1 + 2 * size));
  s.pub = all.subarray(s.priv.length);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const s = this[kState];
  const f = checkFormat(format);
  if (s.pub === undefined) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH public key');
  const point = f === 'uncompressed' ? s.pub : fromJava(ecdhCall(f, s.curve, s.pub));
  return out(point, encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  const point = bytes(key, 'key', inEnc);
  const name = curveName(curve);
  const f = checkFormat(format);
  if (point.length === 0) return out(point, outEnc); // as Node: nothing in, nothing out
  const r = ecdhCall(f, name, point);
  if (typeof r === 'string') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  return out(fromJava(r), outEnc);
};

// ---- crypto.diffieHellman({ privateKey, publicKey }) ----

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { privateKey, publicKey } = options;
  const { KeyObject, asymmetricHandle } = require('internal/crypto/keys');
  if (!(privateKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b || (a !== 'ec' && a !== 'x25519' && a !== 'x448' && a !== 'dh')) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  }
  if (a === 'ec' && privateKey.asymmetricKeyDetails.namedCurve !== publicKey.asymmetricKeyDetails.namedCurve) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', 'ec and ec (different curves)');
  }
  const r = lazyBinding().keyAgree(asymmetricHandle(privateKey, true), asymmetricHandle(publicKey, false));
  const result = typeof r === 'string' ? undefined : fromJava(r);
  if (callback === undefined) {
    if (result === undefined) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to compute Diffie-Hellman secret');
    return result;
  }
  process.nextTick(() => {
    if (result === undefined) callback(new ERR_CRYPTO_OPERATION_FAILED('Failed to compute Diffie-Hellman secret'));
    else callback(null, result);
  });
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  diffieHellman,
  createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  },
  createDiffieHellmanGroup(name) {
    return new DiffieHellmanGroup(name);
  },
  getDiffieHellman(name) {
    return new DiffieHellmanGroup(name);
  },
  createECDH(curve) {
    return new ECDH(curve);
  },
};
