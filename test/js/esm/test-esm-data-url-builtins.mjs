// A data: URL module can import builtins.
import assert from 'node:assert';
const ns = await import(`data:text/javascript,${encodeURIComponent('import { sep } from "node:path"; export const s = sep;')}`);
assert.strictEqual(ns.s, '/');
