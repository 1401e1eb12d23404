'use strict';
// duplexPair([options]): two Duplex streams joined back to back; what is
// written to one is read from the other. A write is called back once the
// other side asks for more, so backpressure crosses over.

const {
  Symbol,
} = primordials;

const Duplex = require('internal/streams/duplex');

const kWriteCallback = Symbol('kWriteCallback');

class DuplexSide extends Duplex {
  #otherSide = null;

  constructor(options) {
    super(options);
    this[kWriteCallback] = null;
  }

  _setOtherSide(other) {
    this.#otherSide = other;
  }

  _read() {
    const callback = this[kWriteCallback];
    if (callback) {
      this[kWriteCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (!this.#otherSide.writableObjectMode && chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this.#otherSide.push(chunk);
    this.#otherSide[kWriteCallback] = callback;
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }

  _destroy(err, callback) {
    const other = this.#otherSide;
    const pending = other?.[kWriteCallback];
    if (pending) {
      other[kWriteCallback] = null;
      pending(err);
    }
    if (other && !other.destroyed) process.nextTick(destroyOther, other);
    callback(err);
  }
}

function destroyOther(other) {
  other.destroy();
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0._setOtherSide(side1);
  side1._setOtherSide(side0);
  return [side0, side1];
}

module.exports = duplexPair;
