// data: URLs as ES modules, percent-encoded and base64, and as JSON. (node4j: the engine reads
// data: URLs itself and needs them to be valid URIs, so the payloads are percent-encoded.)
import assert from 'node:assert';
const plain = await import(`data:text/javascript,${encodeURIComponent('export default 40 + 2;')}`);
const b64 = await import(`data:text/javascript;base64,${Buffer.from('export const b = "base64";').toString('base64')}`);
const json = await import(`data:application/json,${encodeURIComponent('{"j":1}')}`, { with: { type: 'json' } });
assert.strictEqual(plain.default, 42);
assert.strictEqual(b64.b, 'base64');
assert.deepStrictEqual(json.default, { j: 1 });
