// JSON modules from TypeScript.
import assert from 'node:assert';
import data from '../../fixtures/typescript/data.json' with { type: 'json' };
const answer: number = data.answer;
assert.strictEqual(answer, 42);
