'use strict';
// addEventListener({ signal }): aborting removes the listener.
const common = require('../../common');
const assert = require('assert');
const { getEventListeners } = require('events');

const et = new EventTarget();
const ac = new AbortController();
const f = common.mustCall(1);
et.addEventListener('x', f, { signal: ac.signal });
assert.strictEqual(getEventListeners(et, 'x').length, 1);
et.dispatchEvent(new Event('x'));
ac.abort();
assert.strictEqual(getEventListeners(et, 'x').length, 0);
et.dispatchEvent(new Event('x'));

// An already aborted signal: the listener is not added.
et.addEventListener('y', common.mustNotCall(), { signal: AbortSignal.abort() });
assert.strictEqual(getEventListeners(et, 'y').length, 0);
et.dispatchEvent(new Event('y'));

// The abort removes the listener registered with the same capture flag only.
const ac2 = new AbortController();
const g = common.mustCall(1);
et.addEventListener('z', g, { signal: ac2.signal, capture: true });
et.addEventListener('z', g);
ac2.abort();
et.dispatchEvent(new Event('z'));

// Removing by hand first is fine too.
const ac3 = new AbortController();
const h = common.mustNotCall();
et.addEventListener('w', h, { signal: ac3.signal });
et.removeEventListener('w', h);
ac3.abort();
et.dispatchEvent(new Event('w'));
