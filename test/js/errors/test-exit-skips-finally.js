// exit: 5
process.on('exit', (c) => console.log('exit', c));
try {
  process.exit(5);
} finally {
  console.log('finally must not run');
}
