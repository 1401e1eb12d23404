'use strict';
require('../../common');
const assert = require('assert');

assert.throws(() => new URL(), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
let e;
try { new URL('foo'); } catch (err) { e = err; }
assert.strictEqual(e.name, 'TypeError');
assert.strictEqual(e.message, 'Invalid URL');
assert.strictEqual(e.code, 'ERR_INVALID_URL');
assert.strictEqual(e.input, 'foo');
assert.strictEqual('base' in e, false);
assert.deepStrictEqual(Object.keys(e), ['code', 'input']);
try { new URL('foo', 'bar'); } catch (err) { e = err; }
assert.deepStrictEqual(Object.keys(e), ['code', 'input', 'base']);
assert.strictEqual(e.base, 'bar');
try { new URL('http://[x'); } catch (err) { e = err; }
assert.strictEqual(e.input, 'http://[x');
const u = new URL('http://a/');
assert.throws(() => { u.href = 'nope'; }, { code: 'ERR_INVALID_URL', input: 'nope' });
assert.strictEqual(u.href, 'http://a/');
const get = Object.getOwnPropertyDescriptor(URL.prototype, 'href').get;
assert.throws(() => get.call({}), { name: 'TypeError', message: 'Receiver must be an instance of class URL' });
assert.throws(() => URL.prototype.toString.call({}), TypeError);
assert.strictEqual(URL.parse('foo'), null);
assert.strictEqual(URL.parse('/x', 'http://h').href, 'http://h/x');
assert.strictEqual(URL.parse('/x', 'nope'), null);
assert.strictEqual(URL.canParse('/x'), false);
assert.strictEqual(URL.canParse('/x', 'http://h'), true);
assert.strictEqual(URL.canParse('http://h', 'nope'), false);
assert.strictEqual(new URL(undefined, 'http://h/a').href, 'http://h/undefined');
assert.strictEqual(new URL({ toString() { return 'http://obj/'; } }).href, 'http://obj/');
assert.throws(() => new URL(Symbol('x')), TypeError);
