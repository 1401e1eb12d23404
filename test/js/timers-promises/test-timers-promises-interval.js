'use strict';
const common = require('../../common');
const assert = require('assert');
const { setInterval, setTimeout: sleep } = require('timers/promises');

(async () => {
  const values = [];
  for await (const v of setInterval(5, 'tick')) {
    values.push(v);
    if (values.length === 3) break; // return() clears the interval
  }
  assert.deepStrictEqual(values, ['tick', 'tick', 'tick']);

  // Ticks that fired while the consumer was busy are delivered, none lost.
  const it = setInterval(5, 'x');
  assert.deepStrictEqual(await it.next(), { value: 'x', done: false });
  await sleep(40);
  let got = 0;
  for (let i = 0; i < 3; i++) {
    const r = await it.next();
    assert.strictEqual(r.value, 'x');
    got++;
  }
  assert.strictEqual(got, 3);
  assert.deepStrictEqual(await it.return('end'), { value: 'end', done: true });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // Abort ends the iteration with an AbortError.
  const ac = new AbortController();
  const seen = [];
  await assert.rejects((async () => {
    for await (const v of setInterval(5, 7, { signal: ac.signal })) {
      seen.push(v);
      if (seen.length === 2) ac.abort('enough');
    }
  })(), (err) => err.name === 'AbortError' && err.cause === 'enough');
  assert.deepStrictEqual(seen, [7, 7]);
  await assert.rejects(setInterval(5, 1, { signal: AbortSignal.abort() }).next(), { name: 'AbortError' });
})().then(common.mustCall());
