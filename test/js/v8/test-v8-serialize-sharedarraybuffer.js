'use strict';
// A SharedArrayBuffer needs an id from the serializer's delegate; without one it cannot be cloned.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

assert.throws(() => v8.serialize(new SharedArrayBuffer(1)), {
  message: '#<SharedArrayBuffer> could not be cloned.',
});
