'use strict';
console.assert(true, 'not printed');
console.assert(false, 'bad %s', 'thing');
console.assert(false);
console.assert(0, { obj: 1 });
console.log('done');
