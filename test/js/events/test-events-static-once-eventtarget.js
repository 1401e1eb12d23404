'use strict';
// events.once on an EventTarget resolves with [event].
const common = require('../../common');
const assert = require('assert');
const { once } = require('events');

(async () => {
  const et = new EventTarget();
  const p = once(et, 'foo');
  const ev = new Event('foo');
  et.dispatchEvent(ev);
  const result = await p;
  assert.strictEqual(result.length, 1);
  assert.strictEqual(result[0], ev);

  // The listener is gone: a second dispatch does nothing more.
  et.dispatchEvent(new Event('foo'));

  // 'error' events on an EventTarget are ordinary events.
  const p2 = once(et, 'error');
  const errEvent = new Event('error');
  et.dispatchEvent(errEvent);
  assert.deepStrictEqual(await p2, [errEvent]);

  // Abort while waiting on an EventTarget.
  const ac = new AbortController();
  const p3 = once(et, 'bar', { signal: ac.signal });
  ac.abort();
  await assert.rejects(p3, { name: 'AbortError' });
})().then(common.mustCall());
