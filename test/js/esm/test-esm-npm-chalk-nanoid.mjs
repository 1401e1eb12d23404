// Real ESM-only packages from npm (chalk@5, nanoid@5), installed in a fixture folder.
import assert from 'node:assert';
import { red, id, custom } from '../../fixtures/esm/npm-packages/chalk-nanoid.mjs';
assert.strictEqual(red, '\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
assert.match(id, /^[A-Za-z0-9_-]{21}$/);
assert.match(custom, /^[ab]{8}$/);
