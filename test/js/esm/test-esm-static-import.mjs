// Static imports between ES modules: named, default, namespace, live bindings, cycles.
import assert from 'node:assert';
import counterDefault, { count, increment } from '../../fixtures/esm/counter.mjs';
import * as counterNs from '../../fixtures/esm/counter.mjs';
import { a, fromA, seenByA } from '../../fixtures/esm/cycle/a.mjs';
import { early } from '../../fixtures/esm/cycle/b.mjs';

assert.strictEqual(counterDefault, 'counter-default');
assert.strictEqual(count, 0);
increment();
increment();
// live binding: the importer sees the exporter's variable, not a copy
assert.strictEqual(count, 2);
assert.strictEqual(counterNs.count, 2);
assert.deepStrictEqual(Object.keys(counterNs), ['count', 'default', 'increment']);
assert.strictEqual(counterNs[Symbol.toStringTag], 'Module');
assert.strictEqual(Object.getPrototypeOf(counterNs), null);
assert.throws(() => { counterNs.count = 5; }, TypeError);

// cycle: b evaluated first; calling into a before a ran works for hoisted functions
assert.strictEqual(a, 'a');
assert.strictEqual(fromA(), 'A sees b');
assert.strictEqual(seenByA, 'B sees A sees b');
// b called fromA() while a's `b` import was still uninitialized? No: fromA reads b, which
// was initialized by then; the early call fails only on a's own TDZ bindings.
assert.strictEqual(early, 'A sees b');
assert.strictEqual(typeof require, 'undefined');
assert.strictEqual(typeof module, 'undefined');
assert.strictEqual(this, undefined);
console.log('ok');
