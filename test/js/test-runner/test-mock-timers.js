const { test, mock } = require('node:test');
const assert = require('node:assert');
test('setTimeout and setInterval', () => {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  const log = [];
  setTimeout(() => log.push('t50'), 50);
  setTimeout(() => log.push('t10'), 10);
  const iv = setInterval(() => log.push('iv'), 20);
  mock.timers.tick(9);
  assert.deepStrictEqual(log, []);
  mock.timers.tick(1);
  assert.deepStrictEqual(log, ['t10']);
  mock.timers.tick(50);
  assert.deepStrictEqual(log, ['t10', 'iv', 'iv', 't50', 'iv']);
  clearInterval(iv);
  mock.timers.tick(100);
  assert.strictEqual(log.length, 5);
  mock.timers.reset();
});
test('clearTimeout and args', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const fn = mock.fn();
  const t = setTimeout(fn, 10, 'a', 'b');
  setTimeout(fn, 20, 'c');
  clearTimeout(t);
  mock.timers.tick(30);
  assert.deepStrictEqual(fn.mock.calls.map((c) => c.arguments), [['c']]);
  mock.timers.reset();
});
test('real timers are back', async () => {
  await new Promise((r) => setTimeout(r, 1));
});
