// A package imports itself by name, and its "imports" (#x) entries.
import assert from 'node:assert';

import { helper, internal, depKind, main } from '../../fixtures/esm2/pkgs/self/main.js';
import cjsUser from '../../fixtures/esm2/pkgs/self/cjs-user.cjs';
assert.deepStrictEqual([helper, internal, depKind, main], ['helper', 'internal', 'esm', 'main']);
assert.strictEqual(cjsUser.self, 'main');
