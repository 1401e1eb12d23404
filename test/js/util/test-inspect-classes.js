'use strict';
// util.inspect: class instances and classes ([class X extends Y]).
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = 2; } }
class Empty {}
class Static { static s = 1; }
const Anon = (() => class {})();
class ExtendsArray extends Array {}
class ExtendsError extends Error {}
class ExtendsNull extends null {}
function OldStyle() { this.x = 1; }
const anonInstance = new (class {})();
const namedByVar = class {};
class /* comment */ Commented {}
class WithTag { get [Symbol.toStringTag]() { return 'Tagged'; } }

assert.strictEqual(util.inspect(new Foo()),
                   'Foo { a: 1 }');
assert.strictEqual(util.inspect(new Bar()),
                   'Bar { a: 1, b: 2 }');
assert.strictEqual(util.inspect(new Empty()),
                   'Empty {}');
assert.strictEqual(util.inspect(Foo),
                   '[class Foo]');
assert.strictEqual(util.inspect(Bar),
                   '[class Bar extends Foo]');
assert.strictEqual(util.inspect(Empty),
                   '[class Empty]');
assert.strictEqual(util.inspect(Static),
                   '[class Static] { s: 1 }');
assert.strictEqual(util.inspect(Anon),
                   '[class (anonymous)]');
assert.strictEqual(util.inspect(ExtendsArray),
                   '[class ExtendsArray extends Array]');
assert.strictEqual(util.inspect(ExtendsArray.from([1, 2])),
                   'ExtendsArray(2) [ 1, 2 ]');
assert.strictEqual(util.inspect(ExtendsError),
                   '[class ExtendsError extends Error]');
assert.strictEqual(util.inspect(ExtendsNull),
                   '[class ExtendsNull]');
assert.strictEqual(util.inspect(new OldStyle()),
                   'OldStyle { x: 1 }');
assert.strictEqual(util.inspect(OldStyle),
                   '[Function: OldStyle]');
assert.strictEqual(util.inspect(anonInstance),
                   '{}');
assert.strictEqual(util.inspect(namedByVar),
                   '[class namedByVar]');
assert.strictEqual(util.inspect(Commented),
                   '[class Commented]');
assert.strictEqual(util.inspect(new WithTag()),
                   'WithTag [Tagged] {}');
assert.strictEqual(util.inspect(WithTag),
                   '[class WithTag]');
assert.strictEqual(util.inspect([Foo, Bar]),
                   '[ [class Foo], [class Bar extends Foo] ]');
assert.strictEqual(util.inspect({ cls: class Inner extends Foo {} }),
                   '{ cls: [class Inner extends Foo] }');
assert.strictEqual(util.inspect(class { constructor() {} }),
                   '[class (anonymous)]');
assert.strictEqual(util.inspect(class extends Foo {}),
                   '[class (anonymous) extends Foo]');
assert.strictEqual(util.inspect(Object.assign(class P {}, { prop: 1 })),
                   '[class P] { prop: 1 }');
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Foo(), Bar.prototype)),
                   'Bar { a: 1 }');
