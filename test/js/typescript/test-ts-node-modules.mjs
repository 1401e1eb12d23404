// Types are not stripped inside node_modules.
import assert from 'node:assert';
import path from 'node:path';
import { createRequire } from 'node:module';
const file = path.resolve(import.meta.dirname, '../../fixtures/typescript/node_modules/ts-pkg/index.ts');
const message = `Stripping types is currently unsupported for files under node_modules, for "${file}"`;
const require = createRequire(path.resolve(import.meta.dirname, '../../fixtures/typescript/x.js'));
assert.throws(() => require('ts-pkg'), { code: 'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING', message });
