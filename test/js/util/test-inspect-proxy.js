'use strict';
// util.inspect: proxies are inspected through their target, without running traps.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const target = { a: 1, nested: { b: 2 } };
const handler = { get() { throw new Error('trap ran'); }, ownKeys() { throw new Error('trap ran'); } };
const proxy = new Proxy(target, handler);
const arrProxy = new Proxy([1, 2, 3], handler);
const fnProxy = new Proxy(function target() {}, handler);
const revocable = Proxy.revocable({}, {}); revocable.revoke();
const proxyOfProxy = new Proxy(new Proxy({ inner: true }, {}), {});

assert.strictEqual(util.inspect(proxy),
                   '{ a: 1, nested: { b: 2 } }');
assert.strictEqual(util.inspect(arrProxy),
                   '[ 1, 2, 3 ]');
assert.strictEqual(util.inspect(fnProxy),
                   '[Function: target]');
assert.strictEqual(util.inspect(revocable.proxy),
                   '<Revoked Proxy>');
assert.strictEqual(util.inspect(proxyOfProxy),
                   '{ inner: true }');
assert.strictEqual(util.inspect({ p: proxy }),
                   '{ p: { a: 1, nested: { b: 2 } } }');
assert.strictEqual(util.inspect(proxy, { showProxy: true }),
                   'Proxy [\n  { a: 1, nested: { b: 2 } },\n  { get: [Function: get], ownKeys: [Function: ownKeys] }\n]');
assert.strictEqual(util.inspect(arrProxy, { showProxy: true }),
                   'Proxy [\n  [ 1, 2, 3 ],\n  { get: [Function: get], ownKeys: [Function: ownKeys] }\n]');
assert.strictEqual(util.inspect(fnProxy, { showProxy: true }),
                   'Proxy [\n  [Function: target],\n  { get: [Function: get], ownKeys: [Function: ownKeys] }\n]');
assert.strictEqual(util.inspect(revocable.proxy, { showProxy: true }),
                   '<Revoked Proxy>');
assert.strictEqual(util.inspect(proxyOfProxy, { showProxy: true }),
                   'Proxy [ Proxy [ { inner: true }, {} ], {} ]');
assert.strictEqual(util.inspect({ a: { b: { c: proxy } } }, { showProxy: true }),
                   '{ a: { b: { c: Proxy [Array] } } }');
assert.strictEqual(util.inspect({ a: { b: proxy } }, { showProxy: true, depth: 1 }),
                   '{ a: { b: Proxy [Array] } }');
assert.strictEqual(util.inspect(new Proxy(new Map([[1, 2]]), {})),
                   'Map(1) { 1 => 2 }');
assert.strictEqual(util.inspect(new Proxy(new Map([[1, 2]]), {}), { showProxy: true }),
                   'Proxy [ Map(1) { 1 => 2 }, {} ]');
assert.strictEqual(util.inspect(new Proxy(class C {}, {})),
                   '[class C]');
assert.strictEqual(util.inspect(proxy, { showProxy: true, colors: true }),
                   'Proxy [\n  { a: \x1b[33m1\x1b[39m, nested: { b: \x1b[33m2\x1b[39m } },\n  { get: \x1b[36m[Function: get]\x1b[39m, ownKeys: \x1b[36m[Function: ownKeys]\x1b[39m }\n]');
