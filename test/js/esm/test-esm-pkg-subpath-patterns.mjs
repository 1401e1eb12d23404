// "exports" patterns, a null target, and package.json itself.
import assert from 'node:assert';

import { importIn } from '../../fixtures/esm2/pkgs/entry.mjs';
assert.strictEqual((await importIn('dual/sub/one')).one, 1);
await assert.rejects(importIn('dual/sub/private/secret'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
const pj = await importIn('dual/package.json').catch((e) => e);
// Node: ERR_IMPORT_ATTRIBUTE_MISSING; node4j: the engine's TypeError (see docs/compat.md)
assert.strictEqual(pj.name, 'TypeError');
