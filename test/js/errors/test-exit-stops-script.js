// exit: 0
console.log('a');
process.exit();
console.log('b');
