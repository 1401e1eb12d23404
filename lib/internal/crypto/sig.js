'use strict';
// Sign/Verify (Writable streams), crypto.sign/verify, and RSA publicEncrypt/privateDecrypt/
// privateEncrypt/publicDecrypt over the binding's JCA Signature and Cipher.

const {
  ArrayPrototypePush,
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  ReflectApply,
  Symbol,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { Writable } = require('stream');
const { hashInfo } = require('internal/crypto/hash');
const { KeyObject, asymmetricHandle } = require('internal/crypto/keys');
const { abOf, bufferFrom, fromJava, lazyBinding, lenOf, offOf, toView } = require('internal/crypto/util');

const kChunks = Symbol('kChunks');
const kDigest = Symbol('kDigest');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const RSA_PSS_SALTLEN_AUTO = -2;

function digestOf(algorithm, withArg) {
  const info = hashInfo(algorithm);
  if (info === null || info.xof) {
    throw withArg ? new ERR_CRYPTO_INVALID_DIGEST(algorithm) : new ERR_CRYPTO_INVALID_DIGEST();
  }
  return info.jca;
}

// padding, saltLength, dsaEncoding and the EdDSA context from a key argument given as an object
function signOptions(key) {
  let padding = 0;
  let saltLength = RSA_PSS_SALTLEN_AUTO;
  let p1363 = false;
  let context = null;
  if (typeof key === 'object' && key !== null && !isArrayBufferView(key)) {
    if (key.context !== undefined && key.context !== null) context = toView(key.context, 'options.context');
    if (key.padding !== undefined) {
      validateInt32(key.padding, 'key.padding');
      padding = key.padding;
    }
    if (key.saltLength !== undefined) {
      validateInt32(key.saltLength, 'key.saltLength');
      saltLength = key.saltLength;
    }
    const { dsaEncoding = 'der' } = key;
    if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') {
      throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
    }
    p1363 = dsaEncoding === 'ieee-p1363';
  }
  return { padding, saltLength, p1363, context };
}

function dataView(data, name, encoding) {
  if (typeof data === 'string') return bufferFrom(data, encoding ?? 'utf8');
  if (isArrayBufferView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function contextArgs(context) {
  return context === null ? [null, 0, 0] : [abOf(context), offOf(context), lenOf(context)];
}

function doSign(jca, data, key) {
  const handle = asymmetricHandle(key, true);
  const { padding, saltLength, p1363, context } = signOptions(key);
  const r = lazyBinding().sign(handle, jca, abOf(data), offOf(data), lenOf(data), padding, saltLength, p1363,
                               ...contextArgs(context));
  if (typeof r === 'string') throw new Error(r);
  return fromJava(r);
}

function doVerify(jca, data, key, signature) {
  const handle = asymmetricHandle(key, false);
  const { padding, saltLength, p1363, context } = signOptions(key);
  const r = lazyBinding().verify(handle, jca, abOf(data), offOf(data), lenOf(data), abOf(signature),
                                 offOf(signature), lenOf(signature), padding, saltLength, p1363, ...contextArgs(context));
  if (typeof r === 'string') throw new Error(r);
  return r;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kDigest] = digestOf(algorithm, false);
  this[kChunks] = [];
  ReflectApply(Writable, this, [options]);
}
ObjectSetPrototypeOf(Sign.prototype, Writable.prototype);
ObjectSetPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  const view = dataView(data, 'data', encoding);
  // copied: the caller may reuse its buffer before sign()
  ArrayPrototypePush(this[kChunks], bufferFrom(new Uint8Array(abOf(view), offOf(view), lenOf(view))));
  return this;
};

function collected(self) {
  const chunks = self[kChunks];
  return chunks.length === 1 ? chunks[0] : FunctionPrototypeCall(concat(), null, chunks);
}

let BufferConcat;
function concat() {
  BufferConcat ??= require('buffer').Buffer.concat;
  return BufferConcat;
}

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const sig = doSign(this[kDigest], collected(this), options);
  if (encoding !== undefined && encoding !== 'buffer') return sig.toString(encoding);
  return sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kDigest] = digestOf(algorithm, false);
  this[kChunks] = [];
  ReflectApply(Writable, this, [options]);
}
ObjectSetPrototypeOf(Verify.prototype, Writable.prototype);
ObjectSetPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const sig = dataView(signature, 'signature', sigEncoding);
  return doVerify(this[kDigest], collected(this), options, sig);
};

function signOneShot(algorithm, data, key, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const view = dataView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const jca = algorithm === null || algorithm === undefined ? null : digestOf(algorithm, true);
  if (callback === undefined) return doSign(jca, view, key);
  let sig;
  try {
    sig = doSign(jca, view, key);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, sig);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const view = dataView(data, 'data');
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const jca = algorithm === null || algorithm === undefined ? null : digestOf(algorithm, true);
  if (callback === undefined) return doVerify(jca, view, key, signature);
  let ok;
  try {
    ok = doVerify(jca, view, key, signature);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, ok);
}

// ---- RSA encryption ----

function rsaFunction(op, defaultPadding, needPrivate) {
  return function(key, buffer) {
    const handle = asymmetricHandle(key, needPrivate);
    let padding = defaultPadding;
    let oaepDigest = null;
    let label = null;
    if (typeof key === 'object' && key !== null && !isArrayBufferView(key) && !(key instanceof KeyObject)) {
      if (key.padding !== undefined) padding = key.padding;
      if (key.oaepHash !== undefined) {
        validateString(key.oaepHash, 'key.oaepHash');
        oaepDigest = digestOf(key.oaepHash, true);
      }
      if (key.oaepLabel !== undefined) label = toView(key.oaepLabel, 'key.oaepLabel');
    }
    const data = toView(buffer, 'buffer', key?.encoding);
    const r = lazyBinding().rsaCipher(handle, op, abOf(data), offOf(data), lenOf(data), padding, oaepDigest,
                                      label === null ? null : abOf(label), label === null ? 0 : offOf(label),
                                      label === null ? 0 : lenOf(label));
    if (typeof r === 'string') throw new Error(r);
    return fromJava(r);
  };
}

const publicEncrypt = rsaFunction('publicEncrypt', RSA_PKCS1_OAEP_PADDING, false);
const privateDecrypt = rsaFunction('privateDecrypt', RSA_PKCS1_OAEP_PADDING, true);
const privateEncrypt = rsaFunction('privateEncrypt', RSA_PKCS1_PADDING, true);
const publicDecrypt = rsaFunction('publicDecrypt', RSA_PKCS1_PADDING, false);

module.exports = {
  Sign,
  Verify,
  sign: signOneShot,
  verify: verifyOneShot,
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
};
