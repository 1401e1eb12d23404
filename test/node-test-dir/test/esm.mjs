import { test } from 'node:test';
import assert from 'node:assert';
test('an ES module test', async () => { assert.ok(await Promise.resolve(true)); });
