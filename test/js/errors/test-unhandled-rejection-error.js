// exit: 1
Promise.reject(new Error('rej'));
