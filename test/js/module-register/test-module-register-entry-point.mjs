// timeout: 400
// Hooks registered before the entry point (--import of a data: URL, --experimental-loader) see it: its
// source may be replaced, CommonJS or ES module alike. --experimental-loader warns as Node does.
import assert from 'node:assert';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cwd = new URL('../../fixtures/module-register/', import.meta.url);
const opts = { cwd, timeout: 180_000 };

// the --import form Node's warning suggests: a data: URL, spaces and quotes unencoded
const registerEntry = 'data:text/javascript,import { register } from "node:module"; ' +
  'import { pathToFileURL } from "node:url"; register("./entry-hooks.mjs", pathToFileURL("./"));';
const cjs = await run(process.execPath, ['--import', registerEntry, 'entry-main.cjs'], opts);
assert.strictEqual(cjs.stdout, 'cjs entry replaced; function true\n');
assert.strictEqual(cjs.stderr, '');

const esm = await run(process.execPath, ['--experimental-loader', './entry-hooks.mjs', 'entry-main.mjs'], opts);
assert.strictEqual(esm.stdout, 'esm entry runs, dependency through the hooks: true\nesm entry hooked; parentURL was undefined\n');
assert.match(esm.stderr, /^\(node:\d+\) ExperimentalWarning: `--experimental-loader` may be removed in the future; instead use `register\(\)`:\n--import 'data:text\/javascript,import \{ register \} from "node:module"; import \{ pathToFileURL \} from "node:url"; register\("\.\/entry-hooks\.mjs", pathToFileURL\("\.\/"\)\);'\n\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)\n$/);
