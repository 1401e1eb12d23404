// A JSON module that does not parse is a SyntaxError.
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm2/esm/bad.json', { with: { type: 'json' } }), { name: 'SyntaxError' });
