// JSON modules (with the type attribute) and data: URLs.
import assert from 'node:assert';
import data from '../../fixtures/esm/data.json' with { type: 'json' };

assert.deepStrictEqual(data, { answer: 42, list: [1, 2] });
const again = await import('../../fixtures/esm/data.json', { with: { type: 'json' } });
assert.strictEqual(again.default, data);
assert.deepStrictEqual(Object.keys(again), ['default']);

// (node4j: GraalJS reads data: URLs itself and needs them percent-encoded)
const code = 'export default 40 + 2; export const named = "n";';
const fromData = await import(`data:text/javascript,${encodeURIComponent(code)}`);
assert.strictEqual(fromData.default, 42);
assert.strictEqual(fromData.named, 'n');
const jsonData = await import(`data:application/json,${encodeURIComponent('{"x":1}')}`, { with: { type: 'json' } });
assert.deepStrictEqual(jsonData.default, { x: 1 });
console.log('ok');
