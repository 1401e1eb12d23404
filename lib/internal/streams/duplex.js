'use strict';
// stream.Duplex: a Readable that is also a Writable (both states on one
// object). allowHalfOpen: false ends the writable side when the readable ends.

const {
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptor,
  ObjectKeys,
  ObjectSetPrototypeOf,
} = primordials;

module.exports = Duplex;

const Stream = require('internal/streams/legacy').Stream;
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { kOnConstructed } = require('internal/streams/utils');

ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

{
  // Writable's methods, except those a Readable already has.
  const keys = ObjectKeys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }

    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }

  FunctionPrototypeCall(Stream, this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}

function writableDescriptor(name) {
  return ObjectGetOwnPropertyDescriptor(Writable.prototype, name);
}

ObjectDefineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...writableDescriptor('writable') },
  writableHighWaterMark: { __proto__: null, ...writableDescriptor('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...writableDescriptor('writableObjectMode') },
  writableBuffer: { __proto__: null, ...writableDescriptor('writableBuffer') },
  writableLength: { __proto__: null, ...writableDescriptor('writableLength') },
  writableFinished: { __proto__: null, ...writableDescriptor('writableFinished') },
  writableCorked: { __proto__: null, ...writableDescriptor('writableCorked') },
  writableEnded: { __proto__: null, ...writableDescriptor('writableEnded') },
  writableNeedDrain: { __proto__: null, ...writableDescriptor('writableNeedDrain') },

  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

// Writable's destroy also fails queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};
