'use strict';
// A null/undefined listener is ignored; adding one emits a warning.
const common = require('../../common');
const assert = require('assert');

const et = new EventTarget();
const messages = [];
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'AddEventListenerArgumentTypeWarning');
  messages.push(w.message);
}, 2));
et.addEventListener('x', null);
et.addEventListener('x', undefined);
et.removeEventListener('x', null);               // silently nothing
et.removeEventListener('x', undefined);
assert.strictEqual(et.dispatchEvent(new Event('x')), true);
process.on('exit', () => assert.deepStrictEqual(messages, [
  'addEventListener called with null which has no effect.',
  'addEventListener called with undefined which has no effect.',
]));
