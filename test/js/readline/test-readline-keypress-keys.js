'use strict';
// emitKeypressEvents: each escape sequence, control key and character decodes to Node's key
// object (expectations recorded from Node 24); escape sequences report no character.
require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const cases = [["a",[["a",{"sequence":"a","name":"a","ctrl":false,"meta":false,"shift":false}]]],["A",[["A",{"sequence":"A","name":"a","ctrl":false,"meta":false,"shift":true}]]],["1",[["1",{"sequence":"1","name":"1","ctrl":false,"meta":false,"shift":false}]]],[" ",[[" ",{"sequence":" ","name":"space","ctrl":false,"meta":false,"shift":false}]]],["\r",[["\r",{"sequence":"\r","name":"return","ctrl":false,"meta":false,"shift":false}]]],["\n",[["\n",{"sequence":"\n","name":"enter","ctrl":false,"meta":false,"shift":false}]]],["\t",[["\t",{"sequence":"\t","name":"tab","ctrl":false,"meta":false,"shift":false}]]],["",[["",{"sequence":"","name":"backspace","ctrl":false,"meta":false,"shift":false}]]],["\b",[["\b",{"sequence":"\b","name":"backspace","ctrl":false,"meta":false,"shift":false}]]],["\u001b",[[null,{"sequence":"\u001b","name":"backspace","ctrl":false,"meta":true,"shift":false}]]],["\u0001",[["\u0001",{"sequence":"\u0001","name":"a","ctrl":true,"meta":false,"shift":false}]]],["\u001a",[["\u001a",{"sequence":"\u001a","name":"z","ctrl":true,"meta":false,"shift":false}]]],["\u001bb",[[null,{"sequence":"\u001bb","name":"b","ctrl":false,"meta":true,"shift":false}]]],["\u001bB",[[null,{"sequence":"\u001bB","name":"b","ctrl":false,"meta":true,"shift":true}]]],["\u001b[A",[[null,{"sequence":"\u001b[A","name":"up","ctrl":false,"meta":false,"shift":false,"code":"[A"}]]],["\u001b[B",[[null,{"sequence":"\u001b[B","name":"down","ctrl":false,"meta":false,"shift":false,"code":"[B"}]]],["\u001b[C",[[null,{"sequence":"\u001b[C","name":"right","ctrl":false,"meta":false,"shift":false,"code":"[C"}]]],["\u001b[D",[[null,{"sequence":"\u001b[D","name":"left","ctrl":false,"meta":false,"shift":false,"code":"[D"}]]],["\u001b[1;5C",[[null,{"sequence":"\u001b[1;5C","name":"right","ctrl":true,"meta":false,"shift":false,"code":"[C"}]]],["\u001b[1;2D",[[null,{"sequence":"\u001b[1;2D","name":"left","ctrl":false,"meta":false,"shift":true,"code":"[D"}]]],["\u001bOA",[[null,{"sequence":"\u001bOA","name":"up","ctrl":false,"meta":false,"shift":false,"code":"OA"}]]],["\u001b[3~",[[null,{"sequence":"\u001b[3~","name":"delete","ctrl":false,"meta":false,"shift":false,"code":"[3~"}]]],["\u001b[5~",[[null,{"sequence":"\u001b[5~","name":"pageup","ctrl":false,"meta":false,"shift":false,"code":"[5~"}]]],["\u001b[6~",[[null,{"sequence":"\u001b[6~","name":"pagedown","ctrl":false,"meta":false,"shift":false,"code":"[6~"}]]],["\u001b[2~",[[null,{"sequence":"\u001b[2~","name":"insert","ctrl":false,"meta":false,"shift":false,"code":"[2~"}]]],["\u001b[H",[[null,{"sequence":"\u001b[H","name":"home","ctrl":false,"meta":false,"shift":false,"code":"[H"}]]],["\u001b[F",[[null,{"sequence":"\u001b[F","name":"end","ctrl":false,"meta":false,"shift":false,"code":"[F"}]]],["\u001b[1~",[[null,{"sequence":"\u001b[1~","name":"home","ctrl":false,"meta":false,"shift":false,"code":"[1~"}]]],["\u001b[4~",[[null,{"sequence":"\u001b[4~","name":"end","ctrl":false,"meta":false,"shift":false,"code":"[4~"}]]],["\u001bOP",[[null,{"sequence":"\u001bOP","name":"f1","ctrl":false,"meta":false,"shift":false,"code":"OP"}]]],["\u001bOQ",[[null,{"sequence":"\u001bOQ","name":"f2","ctrl":false,"meta":false,"shift":false,"code":"OQ"}]]],["\u001b[15~",[[null,{"sequence":"\u001b[15~","name":"f5","ctrl":false,"meta":false,"shift":false,"code":"[15~"}]]],["\u001b[24~",[[null,{"sequence":"\u001b[24~","name":"f12","ctrl":false,"meta":false,"shift":false,"code":"[24~"}]]],["\u001b[Z",[[null,{"sequence":"\u001b[Z","name":"tab","ctrl":false,"meta":false,"shift":true,"code":"[Z"}]]],["é",[["é",{"sequence":"é","ctrl":false,"meta":false,"shift":false}]]],["😀",[["😀",{"sequence":"😀","ctrl":false,"meta":false,"shift":false}]]],["\u001b[3;5~",[[null,{"sequence":"\u001b[3;5~","name":"delete","ctrl":true,"meta":false,"shift":false,"code":"[3~"}]]],["\u001b[200~",[[null,{"sequence":"\u001b[200~","name":"paste-start","ctrl":false,"meta":false,"shift":false,"code":"[200~"}]]],["\u001b[201~",[[null,{"sequence":"\u001b[201~","name":"paste-end","ctrl":false,"meta":false,"shift":false,"code":"[201~"}]]],["!",[["!",{"sequence":"!","ctrl":false,"meta":false,"shift":false}]]],["\u0000",[["\u0000",{"sequence":"\u0000","name":"`","ctrl":true,"meta":false,"shift":false}]]],["\u001b\r",[[null,{"sequence":"\u001b\r","name":"return","ctrl":false,"meta":true,"shift":false}]]],["\u001c",[["\u001c",{"sequence":"\u001c","ctrl":false,"meta":false,"shift":false}]]],["\u001b[1;3A",[[null,{"sequence":"\u001b[1;3A","name":"up","ctrl":false,"meta":true,"shift":false,"code":"[A"}]]],["\u001b[a",[[null,{"sequence":"\u001b[a","name":"up","ctrl":false,"meta":false,"shift":true,"code":"[a"}]]],["\u001bOa",[[null,{"sequence":"\u001bOa","name":"up","ctrl":true,"meta":false,"shift":false,"code":"Oa"}]]]];

for (const [sequence, expected] of cases) {
  const input = new PassThrough();
  readline.emitKeypressEvents(input);
  const got = [];
  input.on('keypress', (c, k) => got.push([c === undefined ? null : c, k]));
  input.write(sequence);
  // JSON round trip: an absent name and name: undefined both mean "no name".
  assert.deepStrictEqual(JSON.parse(JSON.stringify(got)), expected, JSON.stringify(sequence));
}

// Several keys in one chunk come out one by one, in order.
{
  const input = new PassThrough();
  readline.emitKeypressEvents(input);
  const names = [];
  input.on('keypress', (c, k) => names.push(k.name ?? k.sequence));
  input.write('ab\x1b[A\r\x7fZ!');
  assert.deepStrictEqual(names, ['a', 'b', 'up', 'return', 'backspace', 'z', '!']);
}

// A UTF-8 character split across chunks is one keypress.
{
  const input = new PassThrough();
  readline.emitKeypressEvents(input);
  const chars = [];
  input.on('keypress', (c) => chars.push(c));
  const bytes = Buffer.from('€');
  input.write(bytes.subarray(0, 1));
  input.write(bytes.subarray(1));
  assert.deepStrictEqual(chars, ['€']);
}
