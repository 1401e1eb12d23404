'use strict';
// DOMException: names, codes, options, constants, brand checks.
require('../../common');
const assert = require('assert');
const util = require('util');

const d = new DOMException('msg', 'AbortError');
assert.ok(d instanceof Error);
assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
assert.strictEqual(d.name, 'AbortError');
assert.strictEqual(d.message, 'msg');
assert.strictEqual(d.code, 20);
assert.deepStrictEqual(Object.keys(d), []);
assert.ok(Object.getOwnPropertyNames(d).includes('stack'));
assert.match(d.stack, /^AbortError: msg\n {4}at /);
assert.strictEqual(String(d), 'AbortError: msg');
assert.strictEqual(Object.prototype.toString.call(d), '[object DOMException]');
assert.match(util.inspect(new DOMException('hello', 'NotFoundError')), /^DOMException \[NotFoundError\]: hello\n/);

const plain = new DOMException();
assert.deepStrictEqual([plain.name, plain.message, plain.code], ['Error', '', 0]);
assert.strictEqual(new DOMException('x', 'Custom').code, 0);
assert.strictEqual(new DOMException('x', 1).name, '1');
assert.strictEqual(new DOMException('x', null).name, 'null');
assert.strictEqual(new DOMException(1, {}).name, 'undefined');
assert.strictEqual(new DOMException(1, {}).message, '1');
assert.throws(() => new DOMException(Symbol('s')), TypeError);
assert.throws(() => DOMException('x'), TypeError);

const withCause = new DOMException('m', { name: 'TimeoutError', cause: 5 });
assert.strictEqual(withCause.name, 'TimeoutError');
assert.strictEqual(withCause.code, 23);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(withCause, 'cause'),
                       { value: 5, writable: true, enumerable: false, configurable: true });
assert.strictEqual(Object.hasOwn(new DOMException('m', { name: 'X' }), 'cause'), false);

const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError'];
// Codes 2, 6 and 16 have constants but their historical names map to 0.
const historical = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);
names.forEach((name, i) => {
  assert.strictEqual(new DOMException('', name).code, historical.has(name) ? 0 : i + 1, name);
});
assert.strictEqual(DOMException.DOMSTRING_SIZE_ERR, 2);
assert.strictEqual(DOMException.VALIDATION_ERR, 16);
assert.strictEqual(new DOMException('', 'EncodingError').code, 0);

assert.strictEqual(DOMException.ABORT_ERR, 20);
assert.strictEqual(DOMException.prototype.DATA_CLONE_ERR, 25);
assert.strictEqual(d.INDEX_SIZE_ERR, 1);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR'),
                       { value: 20, writable: false, enumerable: true, configurable: false });
assert.strictEqual(Object.getOwnPropertyNames(DOMException.prototype).length, 29);
for (const name of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.set, undefined);
  assert.throws(() => desc.get.call({}), {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of DOMException',
  });
}
assert.strictEqual(DOMException.length, 0);

class Sub extends DOMException {}
const s = new Sub('q', 'SyntaxError');
assert.strictEqual(s.name, 'SyntaxError');
assert.strictEqual(s.code, 12);
