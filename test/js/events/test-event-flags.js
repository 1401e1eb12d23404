'use strict';
// preventDefault / returnValue / cancelBubble / stopPropagation / initEvent outside dispatch.
require('../../common');
const assert = require('assert');

const plain = new Event('x');
plain.preventDefault();
assert.strictEqual(plain.defaultPrevented, false);     // not cancelable
plain.returnValue = false;
assert.strictEqual(plain.defaultPrevented, false);
assert.strictEqual(plain.returnValue, true);

const c = new Event('x', { cancelable: true });
c.returnValue = true;                                   // true does nothing
assert.strictEqual(c.defaultPrevented, false);
c.returnValue = false;
assert.strictEqual(c.defaultPrevented, true);
assert.strictEqual(c.returnValue, false);
c.returnValue = true;                                   // cannot be undone
assert.strictEqual(c.defaultPrevented, true);

const d = new Event('x', { cancelable: true });
d.preventDefault();
assert.strictEqual(d.defaultPrevented, true);

const b = new Event('x');
b.cancelBubble = false;
assert.strictEqual(b.cancelBubble, false);
b.cancelBubble = true;
assert.strictEqual(b.cancelBubble, true);
b.cancelBubble = false;                                 // cannot be undone
assert.strictEqual(b.cancelBubble, true);
const s = new Event('x');
s.stopPropagation();
assert.strictEqual(s.cancelBubble, true);
const si = new Event('x');
si.stopImmediatePropagation();
assert.strictEqual(si.cancelBubble, true);

// initEvent re-initialises type, bubbles and cancelable.
const i = new Event('foo');
i.initEvent('bar', true, true);
assert.strictEqual(i.type, 'bar');
assert.strictEqual(i.bubbles, true);
assert.strictEqual(i.cancelable, true);
i.initEvent('baz');
assert.strictEqual(i.type, 'baz');
assert.strictEqual(i.bubbles, false);
assert.strictEqual(i.cancelable, false);
assert.throws(() => i.initEvent(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});

// ... but not while being dispatched.
const et = new EventTarget();
et.addEventListener('during', (e) => {
  e.initEvent('changed', true, true);
  assert.strictEqual(e.type, 'during');
});
et.dispatchEvent(new Event('during'));

// Properties are read-only accessors: assignments are ignored (sloppy) or throw (strict).
assert.throws(() => { plain.type = 'y'; }, TypeError);
assert.strictEqual(plain.type, 'x');
