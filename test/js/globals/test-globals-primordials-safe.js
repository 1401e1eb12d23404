'use strict';
const assert = require('assert');
const common = require('../../common');
// User code patching built-in prototypes must not break core modules.
const onEvent = common.mustCall();
const onTimer = common.mustCall();
const { push, map, join } = Array.prototype;
Array.prototype.push = () => { throw new Error('patched push'); };
Array.prototype.map = () => { throw new Error('patched map'); };
Array.prototype.join = () => { throw new Error('patched join'); };
try {
  const EventEmitter = require('events');
  const e = new EventEmitter();
  e.on('x', onEvent);
  e.emit('x');
  setTimeout(onTimer, 1);
} finally {
  Array.prototype.push = push;
  Array.prototype.map = map;
  Array.prototype.join = join;
}
