// __exportStar(require(...)) re-exports (TypeScript output).
import assert from 'node:assert';

import { a, b, c } from '../../fixtures/esm2/cjs/star.cjs';
assert.deepStrictEqual([a, b, c], [1, 2, 3]);
