'use strict';
// events.on pauses the emitter above highWaterMark and resumes it below lowWaterMark.
const common = require('../../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  const log = [];
  e.pause = () => log.push('pause');
  e.resume = () => log.push('resume');
  const it = on(e, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  const [, wmSymbol] = Object.getOwnPropertySymbols(it);
  assert.strictEqual(wmSymbol.description, 'nodejs.watermarkData');
  const wm = it[wmSymbol];
  assert.deepStrictEqual({ size: wm.size, low: wm.low, high: wm.high, isPaused: wm.isPaused },
                         { size: 0, low: 1, high: 2, isPaused: false });

  e.emit('d', 1);
  e.emit('d', 2);
  assert.deepStrictEqual(log, []);           // 2 queued: not above the mark yet
  e.emit('d', 3);
  assert.deepStrictEqual(log, ['pause']);    // 3 > 2
  assert.strictEqual(wm.isPaused, true);
  assert.strictEqual(wm.size, 3);
  e.emit('d', 4);
  assert.deepStrictEqual(log, ['pause']);    // once

  assert.deepStrictEqual((await it.next()).value, [1]);
  assert.deepStrictEqual((await it.next()).value, [2]);
  assert.deepStrictEqual((await it.next()).value, [3]);
  assert.deepStrictEqual(log, ['pause']);    // size 1: not below 1 yet
  assert.deepStrictEqual((await it.next()).value, [4]);
  assert.deepStrictEqual(log, ['pause', 'resume']);
  assert.strictEqual(wm.isPaused, false);
  assert.strictEqual(wm.size, 0);
  await it.return();

  // Defaults: no pausing in practice.
  const it2 = on(e, 'q');
  const wm2 = it2[Object.getOwnPropertySymbols(it2)[1]];
  assert.strictEqual(wm2.high, Number.MAX_SAFE_INTEGER);
  assert.strictEqual(wm2.low, 1);
  await it2.return();
})().then(common.mustCall());
