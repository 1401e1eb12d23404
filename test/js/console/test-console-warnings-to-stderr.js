'use strict';
console.countReset('nope');
console.timeEnd('missing');
console.timeLog('missing');
console.log('out');
