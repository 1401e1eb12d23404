'use strict';
// console.log of plain strings may skip the stdout stream until someone asks for it: the output
// and its order must stay exactly Node's, including format directives, groups, stderr, and a
// process.stdout.write patched after the first lines.
console.log('hello');
console.log('%s');
console.log('a%%', 'b');
console.log('a', 'b%s', 'c');
console.log();
console.group('g');
console.log('x\ny');
console.groupEnd();
console.error('to stderr');
console.log({ a: 1 }, 'str', 5);
const write = process.stdout.write;
process.stdout.write = function(s) { return write.call(this, `[patched] ${s}`); };
console.log('after patch');
process.stdout.write = write;
process.stdout.write('direct\n');
console.log('last');
