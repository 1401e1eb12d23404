// exit: 4
process.on('exit', (c) => { console.log('exit', c); process.exit(4); });
process.exitCode = 3;
