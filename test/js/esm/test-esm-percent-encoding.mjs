// File URLs are percent-decoded: spaces, % and non-ASCII names.
import assert from 'node:assert';

import { spaced } from '../../fixtures/esm2/esm/with%20space.mjs';
import { pct } from '../../fixtures/esm2/esm/pct%2525.mjs';
import { unicode } from '../../fixtures/esm2/esm/ünï.mjs';
const { spaced: again } = await import(new URL('../../fixtures/esm2/esm/with space.mjs', import.meta.url).href);
assert.deepStrictEqual([spaced, pct, unicode, again], [true, true, true, true]);
