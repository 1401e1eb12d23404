'use strict';
// Listeners removed during a dispatch are skipped; listeners added wait for the next one.
const common = require('../../common');
const assert = require('assert');

const et = new EventTarget();
const order = [];
function second() { order.push('second'); }
et.addEventListener('x', () => {
  order.push('first');
  et.removeEventListener('x', second);
  et.addEventListener('x', () => order.push('added'));
});
et.addEventListener('x', second);
et.dispatchEvent(new Event('x'));
assert.deepStrictEqual(order, ['first']);
order.length = 0;
et.dispatchEvent(new Event('x'));
assert.deepStrictEqual(order, ['first', 'added', 'added']);

// A listener removing itself and re-adding itself runs once per dispatch.
const t = new EventTarget();
const self = common.mustCall(() => {
  t.removeEventListener('y', self);
  t.addEventListener('y', self);
}, 2);
t.addEventListener('y', self);
t.dispatchEvent(new Event('y'));
t.dispatchEvent(new Event('y'));

// Dispatching another event from a listener is fine.
const n = new EventTarget();
n.addEventListener('outer', common.mustCall(() => n.dispatchEvent(new Event('inner'))));
n.addEventListener('inner', common.mustCall());
n.dispatchEvent(new Event('outer'));
