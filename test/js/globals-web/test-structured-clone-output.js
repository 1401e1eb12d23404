'use strict';
// structuredClone over many value kinds (output recorded from Node 24).
require('../../common');
const t=(f)=>{try{console.log(f())}catch(e){console.log(e.name, e.code, JSON.stringify(e.message), e.constructor.name)}};
class A { constructor(){this.x=1} get y(){return 2} }
t(()=>structuredClone(new A()));
const e = new TypeError("m", {cause: 5}); e.extra = 1; e.name="Custom";
t(()=>{const c=structuredClone(e); return [c.constructor.name, c.name, c.message, c.cause, c.extra, c.stack===e.stack, Object.keys(c)]});
const e2 = new RangeError("r"); t(()=>{const c=structuredClone(e2); return [c.constructor.name, c.name, Object.getOwnPropertyNames(c)]});
t(()=>structuredClone(new WeakMap()));t(()=>structuredClone(Promise.resolve()));t(()=>structuredClone({f(){}}));
t(()=>structuredClone(1, 1));t(()=>structuredClone(1, {transfer: 1}));t(()=>structuredClone(1, null));
t(()=>{const ab=new ArrayBuffer(4); const c=structuredClone(ab,{transfer:[ab]}); return [ab.byteLength, c.byteLength, ab.detached]});
t(()=>{const u=new Uint8Array([1,2]); const c=structuredClone({u, u2:u}); return [c.u===c.u2, c.u, c.u.buffer===u.buffer]});
t(()=>{const o={}; o.self=o; const c=structuredClone(o); return c.self===c});
t(()=>{const a=[1,,3]; a.p=1; const c=structuredClone(a); return [c, 1 in c, c.p]});
t(()=>structuredClone(new Map([[{a:1}, new Set([1])]])));
t(()=>{const r=/a/gi; r.lastIndex=3; const c=structuredClone(r); return [c, c.lastIndex]});
t(()=>structuredClone([new Date(0), Object(1n), Object("s"), Object(true), -0, NaN, 10n, undefined, null]));
t(()=>structuredClone(Symbol("x")));
t(()=>structuredClone({[Symbol()]:1, a:undefined}));
t(()=>{const d=new DataView(new ArrayBuffer(8),2,4); const c=structuredClone(d); return [c.byteOffset,c.byteLength,c.buffer.byteLength]});
t(()=>structuredClone(new Error("x", {cause: new Error("y")})).cause.message);
t(()=>structuredClone(Object.create(null, {a:{value:1, enumerable:true}})));
t(()=>{const o={}; Object.defineProperty(o,"g",{get(){return 5},enumerable:true}); return structuredClone(o)});
t(()=>structuredClone(new Proxy({a:1},{})));
t(()=>structuredClone(globalThis));
