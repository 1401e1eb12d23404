// Erased types leave every other character in place: stack frames name the .ts line and column.
const assert = require('assert');
type Maybe<T> = T | undefined;
function where(): Maybe<string> { const e: Error = new Error('here'); return e.stack; }
const stack: string = where() as string;
// Node names even a CommonJS .ts file by its file: URL
assert.match(stack, /\(file:\/\/\/.*\/test-ts-stack-trace\.ts:4:52\)/);
