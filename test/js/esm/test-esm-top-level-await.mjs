// Top-level await: the importer waits for an awaiting dependency; timers and ticks run
// meanwhile, in Node's order.
import assert from 'node:assert';

const log = [];
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('microtask'));
setTimeout(() => log.push('timeout'), 0);

const { value } = await import('../../fixtures/esm/tla/parent.mjs');
assert.strictEqual(value, 'after-await');
assert.deepStrictEqual(globalThis.tlaLog, ['leaf start', 'leaf end', 'parent after-await']);
// an ES module body runs inside a promise job, so the microtask comes before the tick
assert.deepStrictEqual(log, ['microtask', 'tick', 'timeout']);

await new Promise((resolve) => setImmediate(resolve));
const results = await Promise.all([1, 2, 3].map(async (n) => n * 2));
assert.deepStrictEqual(results, [2, 4, 6]);

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  console.log('exit after top-level await');
});
console.log('ok');
