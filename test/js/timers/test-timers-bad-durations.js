'use strict';
const assert = require('assert');
const common = require('../../common');
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
// Non-numbers, negatives and NaN all become 1 ms; 0, null and an omitted delay too.
for (const d of [-1, -5, NaN, 'abc', undefined, null, 0, {}]) {
  const t = setTimeout(common.mustCall(), d);
  assert.strictEqual(t._idleTimeout, 1);
}
const big = setTimeout(common.mustCall(), 2 ** 31);
assert.strictEqual(big._idleTimeout, 1);
process.on('exit', () => {
  // Negative and NaN warn once per process; overflow warns each time.
  assert.deepStrictEqual(warnings, [
    'TimeoutNegativeWarning: -1 is a negative number.\nTimeout duration was set to 1.',
    'TimeoutNaNWarning: NaN is not a number.\nTimeout duration was set to 1.',
    'TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
  ]);
});
