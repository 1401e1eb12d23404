'use strict';
// aes-128-ctr: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-128-ctr";
const key = bytes(16, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "d5",
 "d15cab74407e851dafa2a82aa0b8a544",
 "e04caf374567954ff2e0b32caabcea45671cc952d3b1b1cb17ea181a1833aafe47e074c1c8d0d81ba87e46",
 "cc5cb26f4c6a8454e1b8a926bdb3fc1d790bc90ac1bca4c31cb20f140539f2f257fd2cd5d1d2d943b4695926d2f8c8e10613336a62865ee88123b3d1d199ce6a7964d945e5a8f7b57c0a531d262f3d0437272c50625049ea386b1fb7c3a2702c02861e982354d5c674c118523bd3117c45c26ec110824f880f4375cae48405ab666f0ad3bbe5f07e49b136a145a546a01cab6ea975b82600877bf6a6e563d3494f701a1378530e30da088a58a491ac331b9547f57f0c29a83a04145e209c6b3a16c71403898fbd2d20011936031d11f1fb8c47d4401de9bf851376f4fa9123827dd259c0b5ac0c421282ac5c0e2744657ddc9083177db3a7f74959c507d440417b137ce263b64b41f4bc3a6cf193086f86948c8b38232f6f20af13fb70cd33c565f9437a28ab1483f5c570bb5f12642c9a0ff271a79e05460178b525ae977e3f28d23878ca655fedcf1bcc8d6f0938abc9add2ebf889f49539b8039ff849a3303d630228dccaa6749cac2eb536ab196bc2119e4abddadf39604b4299a0472602af39274b5db19bfb5e3b6699f9f5d12da2f2a2b677c5272858828e6e3d957b5fd7b2974f2be33e36b55e1994e447419ea744d52597327b8ec40fac7efd1367d786ea51a88659d8bd3e5be2fb7d5313598943402343783448433a05ddca46b804cfe13734cedb2233a18152a6ea72ca61cbfe9bf2a67a1c7030808a1043d72fbd3541395d38ed9b87491038b2d775f60b5bc5f0cc53862918a9431427ad53f0c3710a45107dc00d5c8e56ba69a1d2bc5d00c4f4fb344f7675316768d799dd53bdeb15be7a1ed2e567fa709f8bbee51dbb8b23c750dd3dc602fe2261aff830413a3dd7f8de70e908e5c62a4dcd7d69ffd9fe8c81dc5a992679ac3516acecfb149fa2e3d962234f80803372df32658d38af929d591c71f696aff6c117b64c0265a9a0e7bb1549071f830ee8e833928c73b8227756c8a5d1e8e0ad2735ee26cd3b06221279dcc9fced2105a2c966fa2fb3845731499e838cf002b14b583ea4f4cf0497888da0e21b6885d49bb7c38c8cb84374295748e3b1ffee590b8eb05503cac05e900af3734d9350348a3bed924025d96decaecbbd300de2fcd983085d83617c7d3f4f4b3e7736bac219d9da40e678277302a80a94da5f32c492da8ddc95c65e6bade620f16e2e0853dc68469bab06e8f7ba747f90501ccbf2f5791d3eeedbe142e39b510fc1355483afd6abdd320a947e0efc9207eec6b504bc0f0eb9fc83daee8264afbb60b41abeb4308725b262ee55ee34dd1504089d52528315352410b6a4b7ddc3e8272f72ec6b59614dd16cbd88d3d49a74489cbc601da17d8ae801b7b7cec0440ae20cb00fbc1d38097a2f2865be50c97455cce5f4e472ac06ae585b65515e026c35d1dd"
];
plains.forEach((p, i) => {
  const c = crypto.createCipheriv(name, key, iv);
  assert.strictEqual(c.update(p, 'utf8', 'hex') + c.final('hex'), expected[i]);
  const d = crypto.createDecipheriv(name, key, iv);
  assert.strictEqual(d.update(expected[i], 'hex', 'utf8') + d.final('utf8'), p);
  const c2 = crypto.createCipheriv(name, key, iv);
  const parts = [];
  for (const b of Buffer.from(p)) parts.push(c2.update(Buffer.from([b])));
  parts.push(c2.final());
  assert.strictEqual(Buffer.concat(parts).toString('hex'), expected[i]);
});
