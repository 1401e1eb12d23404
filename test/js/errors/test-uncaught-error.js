// exit: 1
process.on('exit', (c) => console.log('exit', c, process.exitCode));
function f() {
  throw new Error('boom');
}
f();
