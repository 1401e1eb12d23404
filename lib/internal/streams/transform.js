'use strict';
// stream.Transform: a Duplex whose output is computed from its input by
// _transform(chunk, encoding, callback) and, at the end, _flush(callback).
// The write callback is held back while the readable side is full.

const {
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  Symbol,
} = primordials;

module.exports = Transform;

const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const Duplex = require('internal/streams/duplex');

ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  FunctionPrototypeCall(Duplex, this, options);

  // Pushes from _transform() are never "inside _read()": 'readable' may be
  // emitted right away.
  this._readableState.sync = false;

  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // A subclass may override _final() without calling Transform's: flush
  // from 'prefinish' then.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) {
          cb(er);
        } else {
          this.destroy(er);
        }
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) FunctionPrototypeCall(final, this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;

  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }

    if (val != null) this.push(val);

    if (rState.ended) {
      // _transform() pushed null: let that state settle before writing on.
      process.nextTick(callback);
    } else if (
      wState.ended || // Backwards compatibility.
      length === rState.length || // Nothing was pushed.
      rState.length < rState.highWaterMark
    ) {
      callback();
    } else {
      // Wait for the reader to make room (see _read).
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};
