'use strict';
// events.on with options.close: those events end the iteration after queued values.
const common = require('../../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data', { close: ['end', 'finish'] });
  assert.deepStrictEqual(e.eventNames(), ['data', 'error', 'end', 'finish']);
  e.emit('data', 1);
  e.emit('data', 2);
  e.emit('end');
  e.emit('data', 3);                      // after close: not seen
  assert.deepStrictEqual(e.eventNames(), []);
  const seen = [];
  for await (const [v] of it) seen.push(v);
  assert.deepStrictEqual(seen, [1, 2]);

  // A close event resolves a pending next() with done.
  const it2 = on(e, 'data', { close: ['finish'] });
  const p = it2.next();
  e.emit('finish');
  assert.deepStrictEqual(await p, { value: undefined, done: true });

  // Empty close list: nothing extra is listened to.
  const it3 = on(e, 'data', { close: [] });
  assert.deepStrictEqual(e.eventNames(), ['data', 'error']);
  await it3.return();
})().then(common.mustCall());
