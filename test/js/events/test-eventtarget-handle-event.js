'use strict';
// Object listeners with handleEvent, looked up at dispatch time.
const common = require('../../common');
const assert = require('assert');

const et = new EventTarget();
const obj = {
  handleEvent: common.mustCall(function(e) {
    assert.strictEqual(this, obj);
    assert.strictEqual(e.type, 'a');
  }),
};
et.addEventListener('a', obj);
et.dispatchEvent(new Event('a'));

// handleEvent added after registration is used.
const late = {};
et.addEventListener('b', late);
et.dispatchEvent(new Event('b'));               // nothing to call yet: skipped
late.handleEvent = common.mustCall();
et.dispatchEvent(new Event('b'));

// Replaced handleEvent: the current one is called.
const swap = { handleEvent: common.mustNotCall() };
et.addEventListener('c', swap);
swap.handleEvent = common.mustCall();
et.dispatchEvent(new Event('c'));

// Falsy handleEvent values are skipped silently.
for (const value of [null, undefined, 0, false, '']) {
  et.addEventListener('d', { handleEvent: value });
}
process.on('uncaughtException', common.mustNotCall());
et.dispatchEvent(new Event('d'));

// Object listeners are removed by identity.
et.removeEventListener('a', obj);
et.dispatchEvent(new Event('a'));
