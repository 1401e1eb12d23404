// import() takes any expression, resolves relative to the module, and returns the same namespace.
import assert from 'node:assert';

const name = 'live';
const a = await import(`../../fixtures/esm2/esm/${name}.mjs`);
const b = await import(new URL('../../fixtures/esm2/esm/live.mjs', import.meta.url));
assert.strictEqual(a, b);
