const { test, mock } = require('node:test');
const assert = require('node:assert');
test('runAll and setImmediate', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setImmediate'] });
  const log = [];
  setTimeout(() => log.push('t1000'), 1000);
  setTimeout(() => log.push('t5'), 5);
  setImmediate(() => log.push('immediate'));
  t.mock.timers.tick(0);
  assert.deepStrictEqual(log, ['immediate']);
  t.mock.timers.runAll();
  assert.deepStrictEqual(log, ['immediate', 't5', 't1000']);
});
test('node:timers is mocked too', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const timers = require('node:timers');
  let fired = false;
  timers.setTimeout(() => { fired = true; }, 10);
  t.mock.timers.tick(10);
  assert.strictEqual(fired, true);
});
test('timers/promises', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { setTimeout: sleep } = require('node:timers/promises');
  const p = sleep(100, 'value');
  t.mock.timers.tick(100);
  assert.strictEqual(await p, 'value');
});
