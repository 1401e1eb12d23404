// Ambient declarations and namespaces holding only types are erased.
const assert = require('assert');
declare const injected: number;
declare function external(x: number): string;
declare global { interface Window { custom: string } }
declare module 'virtual-module' { export const v: number }
declare namespace Ambient { const a: number }
namespace OnlyTypes { export type T = string; export interface I { i: T } }
declare class Shadow { m(): void }
let count: number = 0;
count++;
assert.strictEqual(count, 1);
assert.strictEqual(typeof Shadow, 'undefined');
