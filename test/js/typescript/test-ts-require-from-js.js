'use strict';
// A plain .js CommonJS module can require .ts and .cts files by their full name.
const assert = require('assert');
assert.strictEqual(require('../../fixtures/typescript/basic.ts').double(4), 8);
assert.strictEqual(require('../../fixtures/typescript/cjs.cts').b, 2);
