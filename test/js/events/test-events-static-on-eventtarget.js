'use strict';
// events.on over an EventTarget yields [event]; no 'error' listener is added.
const common = require('../../common');
const assert = require('assert');
const { on, getEventListeners } = require('events');

(async () => {
  const et = new EventTarget();
  const it = on(et, 'foo');
  assert.strictEqual(getEventListeners(et, 'foo').length, 1);
  assert.strictEqual(getEventListeners(et, 'error').length, 0);
  const e1 = new Event('foo');
  const e2 = new Event('foo');
  et.dispatchEvent(e1);
  et.dispatchEvent(e2);
  assert.deepStrictEqual((await it.next()).value, [e1]);
  assert.strictEqual((await it.next()).value[0], e2);
  await it.return();
  assert.strictEqual(getEventListeners(et, 'foo').length, 0);
})().then(common.mustCall());
