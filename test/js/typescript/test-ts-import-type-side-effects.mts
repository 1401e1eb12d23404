// `import { type X }` keeps the import (and its side effects); `import type` drops it.
import assert from 'node:assert';
import type { Flag } from '../../fixtures/typescript/side-effect.ts';
const before = (globalThis as any).tsSideEffect;
assert.strictEqual(before, undefined);
await import('./fixtures-import-type.mts');
assert.strictEqual((globalThis as any).tsSideEffect, 1);
const f: Flag = true;
assert.ok(f);
