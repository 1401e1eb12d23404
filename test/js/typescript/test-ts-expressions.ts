// Expression-level types: as, satisfies, non-null, generic calls and instantiation expressions.
const assert = require('assert');
const identity = <T,>(x: T): T => x;
const maybe: string | undefined = 'v' as string | undefined;
const len = maybe!.length;
const conf = { port: 8080 } satisfies { port: number };
const n = (identity<number>)(5);
const makeBox = identity<{ v: number }>;
const m = new Map<string, number>([['a', 1]]);
const asConst = ['x', 'y'] as const;
assert.deepStrictEqual([len, conf.port, n, makeBox({ v: 1 }).v, m.get('a'), asConst.length], [1, 8080, 5, 1, 1, 2]);
