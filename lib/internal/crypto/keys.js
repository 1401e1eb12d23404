'use strict';
// KeyObject. Secret keys hold their bytes in JS; asymmetric keys are not implemented yet
// (createPublicKey/createPrivateKey/generateKeyPair throw ERR_NODE4J_UNSUPPORTED).

const {
  ObjectDefineProperty,
  Symbol,
  SymbolToStringTag,
  Uint8Array,
  TypedArrayPrototypeSlice,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { bufferFrom, toView } = require('internal/crypto/util');

const kKeyType = Symbol('kKeyType');
const kKeyData = Symbol('kKeyData');
const kConstruct = Symbol('kConstruct');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle !== kConstruct) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this[kKeyType] = type;
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
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
    this[kKeyData] = bytes;
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
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string'], key);
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

module.exports = { KeyObject, SecretKeyObject, createSecretKey, secretBytesOf };
