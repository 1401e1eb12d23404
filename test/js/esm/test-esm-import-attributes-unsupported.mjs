// An unknown import attribute type is refused.
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm2/esm/data.json', { with: { type: 'css' } }), { name: 'TypeError' });
