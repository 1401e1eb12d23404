'use strict';
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; } });
console.dirxml('dirxml', { x: 1 });
