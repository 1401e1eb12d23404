const { test } = require('node:test');
const assert = require('node:assert');
test('interval cleared from its own callback', (t) => {
  t.mock.timers.enable({ apis: ['setInterval'] });
  let n = 0;
  const id = setInterval(() => { if (++n === 3) clearInterval(id); }, 10);
  t.mock.timers.tick(100);
  assert.strictEqual(n, 3);
});
test('nested timers scheduled while ticking', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const log = [];
  setTimeout(() => { log.push('a'); setTimeout(() => log.push('b'), 10); }, 10);
  t.mock.timers.tick(15);
  assert.deepStrictEqual(log, ['a']);
  t.mock.timers.tick(5);
  assert.deepStrictEqual(log, ['a']); // b was scheduled at 15 + 10: the clock moves before callbacks run
  t.mock.timers.tick(5);
  assert.deepStrictEqual(log, ['a', 'b']);
});
test('timer objects', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const timer = setTimeout(() => {}, 10);
  assert.strictEqual(typeof timer.ref, 'function');
  assert.strictEqual(typeof timer.unref, 'function');
  assert.strictEqual(timer.hasRef(), true);
});
