'use strict';
// Node's LazyTransform: Hash, Hmac, Cipher… are Transform streams, but most users only call
// update()/digest(). The stream state is built on first touch of a stream property, so
// plain use never pays for it.

const {
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
  FunctionPrototypeCall,
} = primordials;

const stream = require('stream');

function LazyTransform(options) {
  this._options = options;
}
ObjectSetPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
ObjectSetPrototypeOf(LazyTransform, stream.Transform);

function makeGetter(name) {
  return function() {
    FunctionPrototypeCall(stream.Transform, this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function(val) {
    ObjectDefineProperties(this, {
      [name]: { __proto__: null, value: val, enumerable: true, configurable: true, writable: true },
    });
  };
}

ObjectDefineProperties(LazyTransform.prototype, {
  _readableState: {
    __proto__: null, get: makeGetter('_readableState'), set: makeSetter('_readableState'),
    configurable: true, enumerable: true,
  },
  _writableState: {
    __proto__: null, get: makeGetter('_writableState'), set: makeSetter('_writableState'),
    configurable: true, enumerable: true,
  },
  _transformState: {
    __proto__: null, get: makeGetter('_transformState'), set: makeSetter('_transformState'),
    configurable: true, enumerable: true,
  },
});

module.exports = LazyTransform;
