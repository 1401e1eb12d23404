'use strict';
// util.inspect: numericSeparator groups digits with underscores.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(123, { numericSeparator: true }),
                   '123');
assert.strictEqual(util.inspect(1234, { numericSeparator: true }),
                   '1_234');
assert.strictEqual(util.inspect(-1234, { numericSeparator: true }),
                   '-1_234');
assert.strictEqual(util.inspect(1234567.891, { numericSeparator: true }),
                   '1_234_567.891');
assert.strictEqual(util.inspect(0.0001234, { numericSeparator: true }),
                   '0.000_123_4');
assert.strictEqual(util.inspect(-0.12345, { numericSeparator: true }),
                   '-0.123_45');
assert.strictEqual(util.inspect(1e21, { numericSeparator: true }),
                   '1e+21');
assert.strictEqual(util.inspect(1.5e-7, { numericSeparator: true }),
                   '1.5e-7');
assert.strictEqual(util.inspect(NaN, { numericSeparator: true }),
                   'NaN');
assert.strictEqual(util.inspect(Infinity, { numericSeparator: true }),
                   'Infinity');
assert.strictEqual(util.inspect(-0, { numericSeparator: true }),
                   '-0');
assert.strictEqual(util.inspect(123456789n, { numericSeparator: true }),
                   '123_456_789n');
assert.strictEqual(util.inspect(-1234n, { numericSeparator: true }),
                   '-1_234n');
assert.strictEqual(util.inspect(123n, { numericSeparator: true }),
                   '123n');
assert.strictEqual(util.inspect([1000, 2000000, 3.14159265], { numericSeparator: true }),
                   '[ 1_000, 2_000_000, 3.141_592_65 ]');
assert.strictEqual(util.inspect({ n: 9007199254740991 }, { numericSeparator: true }),
                   '{ n: 9_007_199_254_740_991 }');
assert.strictEqual(util.inspect(1234.5, { numericSeparator: true }),
                   '1_234.5');
assert.strictEqual(util.inspect(12345.6789, { numericSeparator: true }),
                   '12_345.678_9');
assert.strictEqual(util.inspect(100, { numericSeparator: true }),
                   '100');
