'use strict';
console.error('to stderr %d', 1);
console.warn({ warned: true });
console.info('info goes to stdout');
console.debug('debug goes to stdout');
