// JSON modules need the type attribute; their default is the parsed value.
import assert from 'node:assert';

import data from '../../fixtures/esm2/esm/data.json' with { type: 'json' };
const again = await import('../../fixtures/esm2/esm/data.json', { with: { type: 'json' } });
assert.deepStrictEqual(data, { list: [1, 2], nested: { k: 'v' } });
assert.strictEqual(again.default, data);
