'use strict';
// util.MIMEType / MIMEParams: WHATWG MIME type parsing (whitespace, case, quoted strings,
// invalid and duplicate parameters), serialization, setters and ERR_INVALID_MIME_SYNTAX;
// output compared with reference Node 24 (.out).
require('../../common');
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

function show(input) {
  try {
    const m = new MIMEType(input);
    console.log(JSON.stringify(input), '->', JSON.stringify(String(m)), m.type, m.subtype, m.essence,
                JSON.stringify([...m.params]));
  } catch (e) {
    console.log(JSON.stringify(input), '->', e.name, e.code, e.message);
  }
}

for (const input of [
  'text/html',
  'Text/HTML;Charset=UTF-8',
  '  text/plain  ',
  'text/plain ; charset=utf-8 ; format=flowed',
  'text/plain;charset="utf-8"',
  'text/plain;charset="ut\\f-8"',
  'text/plain;charset="utf-8" trailing;x=y',
  'text/plain;charset="unterminated',
  'text/plain;charset="end\\',
  'text/plain;a=1;a=2',
  'text/plain;A=1;a=2',
  'text/plain;=x;b=;c;d=e',
  'text/plain;bad name=1;ok=2',
  'text/plain;x=a b',
  'text/plain;x="a b"',
  'text/plain;x="\u00e9"',
  'text/plain;x=\u0100',
  'text/plain;;;x=1;',
  'application/vnd.api+json',
  'a/b;x="",y=1',
  'a/b;x=""',
  '',
  'text',
  'text/',
  '/html',
  'te xt/html',
  'text/ht ml',
  'text/html\u00e9',
  '\ttext/html\r\n',
  't\u00e9xt/html',
  {},
  null,
]) show(input);

const m = new MIMEType('text/plain;charset=utf-8');
m.type = 'Application';
m.subtype = 'JSON';
console.log(String(m), m.essence, JSON.stringify(m), `${m}`);
for (const bad of ['', 'a b', 'a/b', '\u00e9']) {
  assert.throws(() => { m.type = bad; }, { name: 'TypeError', code: 'ERR_INVALID_MIME_SYNTAX' });
  assert.throws(() => { m.subtype = bad; }, { name: 'TypeError', code: 'ERR_INVALID_MIME_SYNTAX' });
}
try { m.type = 'a b'; } catch (e) { console.log(e.message); }
try { m.subtype = ''; } catch (e) { console.log(e.message); }

const p = m.params;
assert.ok(p instanceof MIMEParams);
assert.strictEqual(p.get('charset'), 'utf-8');
assert.strictEqual(p.get('nope'), null);
assert.strictEqual(p.has('charset'), true);
p.set('q', 'a "quoted" \\ value');
p.set('empty', '');
p.set('Upper', 'X');
console.log(String(m), p.toString(), JSON.stringify(p));
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
p.delete('charset');
console.log(String(m));
for (const [name, value] of [['a b', 'x'], ['', 'x'], ['ok', '\u0100'], ['ok', 'a\nb']]) {
  try { p.set(name, value); } catch (e) { console.log(e.code, e.message); }
}

const fresh = new MIMEParams();
assert.strictEqual(fresh.toString(), '');
fresh.set('a', '1');
assert.strictEqual(fresh.toString(), 'a=1');
assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
assert.deepStrictEqual(Object.keys(m), []);

// Parameter names are case-insensitive in every MIMEParams method.
const ci = new MIMEType('a/b;X=1');
ci.params.set('Up', '2');
assert.deepStrictEqual([...ci.params], [['x', '1'], ['up', '2']]);
assert.strictEqual(ci.params.get('UP'), '2');
assert.strictEqual(ci.params.has('X'), true);
ci.params.delete('UP');
assert.deepStrictEqual([...ci.params], [['x', '1']]);
for (const s of ['a/b;x="a"b=1;c=2', 'a/b;x="a"  ;c=2', 'a/b;x="a";;c=2']) {
  assert.strictEqual(String(new MIMEType(s)), 'a/b;x=a;c=2');
}
