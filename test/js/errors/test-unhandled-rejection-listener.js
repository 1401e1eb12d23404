// exit: 0
process.on('unhandledRejection', (r, p) => console.log('handled', r.message, p instanceof Promise));
Promise.reject(new Error('r1'));
