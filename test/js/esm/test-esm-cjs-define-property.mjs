// Object.defineProperty exports (value form only) and __esModule interop: default is module.exports.
import assert from 'node:assert';

import def, { __esModule } from '../../fixtures/esm2/cjs/define-property.cjs';
import * as ns from '../../fixtures/esm2/cjs/define-property.cjs';
// a getter that is not `return <module>.<name>` is not seen by the lexer
assert.strictEqual(ns.v, undefined);
assert.strictEqual(def.v, 5);
assert.strictEqual(__esModule, true);
assert.strictEqual(def.default, 'dflt');
assert.strictEqual(ns.default, def);
