// module.register() hooks serve modules that exist nowhere on disk, for dynamic import and
// for the static imports inside those modules; import.meta.url is the hook's URL.
import assert from 'node:assert';
import { register } from 'node:module';

assert.strictEqual(register('../../fixtures/module-register/virtual.mjs', import.meta.url), undefined);

const answer = await import('virtual:answer');
assert.strictEqual(answer.default, 42);
assert.strictEqual(answer.url, 'virtual:answer');

const uses = await import('virtual:uses-two');
assert.strictEqual(uses.value, 20);

const json = await import('virtual:json', { with: { type: 'json' } });
assert.deepStrictEqual(json.default, { kind: 'json' });

// the same URL is the same module instance
assert.strictEqual(await import('virtual:answer'), answer);

// files still load through the default chain
const { esm } = await import('../../fixtures/module-register/plain.mjs');
assert.strictEqual(esm, true);
