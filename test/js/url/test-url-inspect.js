'use strict';
require('../../common');
const util = require('util');
console.log(new URL('https://a:b@example.com:8080/p?q=1&r=x%20y#h'));
console.log(util.inspect(new URL('file:///x'), { depth: 0 }));
console.log(util.inspect({ a: { b: new URL('http://h/') } }, { depth: 0 }));
console.log(new URLSearchParams('a=1&b=2'), new URLSearchParams());
console.log(new URLSearchParams('aaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccc=ddddddddddddddddddddddd&e=f'));
const p = new URLSearchParams('a=1&b=2');
console.log(p.keys(), p.values(), p.entries());
const it = p.keys();
it.next();
console.log(it);
console.log(util.inspect(p, { depth: -1 }), util.inspect({ x: { y: p } }, { depth: 0 }));
console.log([new URL('http://x/')]);
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
