// module.exports = require(...) re-exports the other module’s names.
import assert from 'node:assert';

import def, { x, y } from '../../fixtures/esm2/cjs/reexport.cjs';
assert.deepStrictEqual([x, y, def.w], [1, 2, 3]);
