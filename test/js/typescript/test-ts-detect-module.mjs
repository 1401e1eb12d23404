// A .ts file no "type" claims is an ES module when it has module syntax (syntax detection).
import assert from 'node:assert';
import { greeting, isModule } from '../../fixtures/typescript/detect.ts';
assert.strictEqual(greeting, 'hi detected');
assert.strictEqual(isModule, true);
