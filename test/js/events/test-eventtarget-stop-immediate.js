'use strict';
// stopImmediatePropagation skips the remaining listeners; stopPropagation does not.
const common = require('../../common');
const assert = require('assert');

const et = new EventTarget();
et.addEventListener('x', common.mustCall());
et.addEventListener('x', common.mustCall((e) => {
  assert.strictEqual(e.cancelBubble, false);
  e.stopImmediatePropagation();
  assert.strictEqual(e.cancelBubble, true);
}));
et.addEventListener('x', common.mustNotCall());
const ev = new Event('x');
et.dispatchEvent(ev);
// The flag sticks: dispatching the same event again calls nobody after... nobody at all.
const again = new EventTarget();
again.addEventListener('x', common.mustNotCall());
again.dispatchEvent(ev);

et.addEventListener('y', (e) => e.stopPropagation());
et.addEventListener('y', common.mustCall());
et.dispatchEvent(new Event('y'));

// Stopping before dispatch.
const pre = new Event('z');
pre.stopImmediatePropagation();
et.addEventListener('z', common.mustNotCall());
et.dispatchEvent(pre);
