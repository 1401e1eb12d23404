'use strict';
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.count(null);
console.count({});
