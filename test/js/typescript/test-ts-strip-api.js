'use strict';
// module.stripTypeScriptTypes() gives the same text as Node's: types replaced by spaces.
const common = require('../../common');
const assert = require('assert');
const { stripTypeScriptTypes } = require('module');
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'ExperimentalWarning');
  assert.strictEqual(w.message, 'stripTypeScriptTypes is an experimental feature and might change at any time');
}));
const cases = [
  ['interface A { a: 1 }\nconst b = 1', '                    \nconst b = 1'],
  ['let x = a\ninterface Foo {}\n(b)', 'let x = a\n;               \n(b)'],
  ['import type { A } from "a";\nimport { type B, c } from "b";\nimport { type D } from "d";',
   '                           \nimport {         c } from "b";\nimport {        } from "d";'],
  ['abstract class K {}', '         class K {}'],
  ['function f(this: Window, a: number,): asserts a is string {}', 'function f(              a        ,)                      {}'],
  ['const g = <T,>(a: T): T => a;\nlet v = x! as any satisfies unknown;\nf<string>;',
   'const g =     (a   )    => a;\nlet v = x                          ;\nf        ;'],
  ['declare const q: number;\ntype Z<T> = T;\nlet r = new Map<string, number>();',
   '                        \n              \nlet r = new Map                ();'],
  ['function o(a: number): void;\nfunction o(a: any) {}\n', '                            \nfunction o(a     ) {}\n'],
  ['export type { A } from "a";\nexport { type B, c };\nexport * as ns from "x";',
   '                           \nexport {         c };\nexport * as ns from "x";'],
];
for (const [input, output] of cases) assert.strictEqual(stripTypeScriptTypes(input), output);
assert.strictEqual(stripTypeScriptTypes('const a: number = 1;', { sourceUrl: 'a.ts' }), 'const a         = 1;\n\n//# sourceURL=a.ts');
