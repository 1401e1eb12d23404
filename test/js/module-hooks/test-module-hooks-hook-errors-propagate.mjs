// An error thrown by a hook reaches the import.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({ resolve() { throw new Error('hook failed'); } });
await assert.rejects(import('./x.mjs'), { message: 'hook failed' });
