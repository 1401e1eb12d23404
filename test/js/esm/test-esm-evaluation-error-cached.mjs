// A module that threw keeps its error: importing it again rethrows without re-running.
import assert from 'node:assert';

const first = await import('../../fixtures/esm2/esm/throws-eval.mjs').catch((e) => e);
const second = await import('../../fixtures/esm2/esm/throws-eval.mjs').catch((e) => e);
assert.strictEqual(first.message, 'evaluation failed');
assert.strictEqual(first, second);
assert.strictEqual(globalThis.throwCount, 1);
