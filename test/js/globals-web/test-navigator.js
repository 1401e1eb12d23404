'use strict';
require('../../common');
const assert = require('assert');
const os = require('os');

assert.strictEqual(typeof navigator, 'object');
assert.ok(navigator instanceof Navigator);
assert.deepStrictEqual(Object.getOwnPropertyNames(Navigator.prototype), ['constructor', 'hardwareConcurrency',
  'locks', 'language', 'languages', 'userAgent', 'platform']);
assert.deepStrictEqual(Object.keys(navigator), []);
assert.strictEqual(navigator.hardwareConcurrency, os.availableParallelism());
assert.strictEqual(navigator.userAgent, `Node.js/${process.version.slice(1).split('.')[0]}`);
assert.strictEqual(navigator.platform, `Linux ${os.machine()}`);
assert.strictEqual(typeof navigator.language, 'string');
assert.deepStrictEqual(navigator.languages, [navigator.language]);
assert.strictEqual(Object.isFrozen(navigator.languages), true);
assert.strictEqual(navigator.languages, navigator.languages);
assert.throws(() => new Navigator(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'navigator').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'Navigator').enumerable, false);
assert.strictEqual(require('util').inspect(navigator), 'Navigator {}');
