// A load hook may give TypeScript (format 'module-typescript'): its types are erased.
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/typescript.mjs', import.meta.url);
const ns = await import('ts:typed');
assert.strictEqual(ns.doubled, 10);
