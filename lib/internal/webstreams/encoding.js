'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around TextEncoder/TextDecoder.
// A surrogate pair split between two string chunks is encoded whole.

const {
  ObjectDefineProperties,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  SymbolToStringTag,
} = primordials;

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { TransformStream } = require('internal/webstreams/transformstream');

const kInner = Symbol('inner');

class TextEncoderStream {
  constructor() {
    const { TextEncoder } = require('internal/encoding');
    const encoder = new TextEncoder();
    let pendingHighSurrogate = '';
    this[kInner] = {
      encoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          let s = pendingHighSurrogate + `${chunk}`;
          pendingHighSurrogate = '';
          const last = StringPrototypeCharCodeAt(s, s.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pendingHighSurrogate = StringPrototypeSlice(s, -1);
            s = StringPrototypeSlice(s, 0, -1);
          }
          if (s.length > 0) controller.enqueue(encoder.encode(s));
        },
        flush(controller) {
          if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        },
      }),
    };
  }

  get encoding() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kInner].transform.readable;
  }

  get writable() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kInner].transform.writable;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('internal/encoding');
    const decoder = new TextDecoder(encoding, options);
    this[kInner] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
        },
      }),
    };
  }

  get encoding() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kInner].decoder.encoding;
  }

  get fatal() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kInner].decoder.fatal;
  }

  get ignoreBOM() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kInner].decoder.ignoreBOM;
  }

  get readable() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kInner].transform.readable;
  }

  get writable() {
    if (this?.[kInner] === undefined) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kInner].transform.writable;
  }
}

ObjectDefineProperties(TextEncoderStream.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'TextEncoderStream', configurable: true },
});
ObjectDefineProperties(TextDecoderStream.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'TextDecoderStream', configurable: true },
});

module.exports = { TextDecoderStream, TextEncoderStream };
