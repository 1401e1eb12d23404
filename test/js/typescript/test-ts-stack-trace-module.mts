// In an ES module the frame names the file URL, at the .mts line and column.
import assert from 'node:assert';
import { fail } from '../../fixtures/typescript/throws.mts';
try {
  fail('why');
  assert.fail('unreachable');
} catch (err) {
  assert.strictEqual((err as Error).message, 'why');
  assert.match((err as Error).stack!, /file:\/\/.*\/fixtures\/typescript\/throws\.mts:3:9/);
}
