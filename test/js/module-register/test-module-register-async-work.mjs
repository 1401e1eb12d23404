// Hooks may await timers and asynchronous I/O: the importing thread waits for the answer.
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/text-files.mjs', import.meta.url);
const { default: text } = await import('../../fixtures/module-register/note.txt');
assert.strictEqual(text, 'hello from a text file\n');
