// Hooks teach the loader a file type it does not know.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({
  load(url, context, next) {
    if (url.endsWith('.txt')) {
      const { readFileSync } = process.getBuiltinModule('fs');
      return { format: 'module', source: `export default ${JSON.stringify(readFileSync(new URL(url), 'utf8'))};`, shortCircuit: true };
    }
    return next(url, context);
  },
});
const { default: text } = await import('../../fixtures/module-hooks/text.txt');
assert.strictEqual(text, 'plain text\n');
