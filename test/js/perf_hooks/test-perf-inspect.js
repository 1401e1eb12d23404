'use strict';
require('../../common');
console.log(performance.mark('a', { startTime: 5, detail: { k: [1, 2] } }));
console.log(performance.measure('m', { start: 5, end: 7.5 }));
console.log([performance.mark('b', { startTime: 1 })]);
console.log(JSON.stringify(performance.getEntries()));
console.log(String(performance), `${performance.mark('c', { startTime: 2 })}`);
