// exit: 7
process.on('uncaughtException', (e, o) => { console.log('caught', e.message, o); throw new Error('again'); });
setTimeout(() => { throw new Error('x'); }, 1);
