'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy: a highWaterMark plus the size function
// (shared per realm, as the standard requires).

const {
  ObjectDefineProperties,
  SymbolToStringTag,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');

const kHWM = Symbol('highWaterMark');

function checkInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

function byteLengthSize(chunk) {
  return chunk.byteLength;
}
function countSize() {
  return 1;
}
ObjectDefineProperties(byteLengthSize, { name: { __proto__: null, value: 'size' } });
ObjectDefineProperties(countSize, { name: { __proto__: null, value: 'size' } });

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kHWM] = checkInit(init);
  }

  get highWaterMark() {
    if (this?.[kHWM] === undefined) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kHWM];
  }

  get size() {
    if (this?.[kHWM] === undefined) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kHWM] = checkInit(init);
  }

  get highWaterMark() {
    if (this?.[kHWM] === undefined) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kHWM];
  }

  get size() {
    if (this?.[kHWM] === undefined) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }
}

ObjectDefineProperties(ByteLengthQueuingStrategy.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'ByteLengthQueuingStrategy', configurable: true },
});
ObjectDefineProperties(CountQueuingStrategy.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'CountQueuingStrategy', configurable: true },
});

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
