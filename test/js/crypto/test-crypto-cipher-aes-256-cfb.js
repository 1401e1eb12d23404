'use strict';
// aes-256-cfb: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-256-cfb";
const key = bytes(32, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "17",
 "134f84a7f193e493166f846abc891b10",
 "225f80e4f48af4c14b2d9f6cb68d54118ab74419deb53b518872eeee79ba4eb575714a75d3e1d7fc0d3e61",
 "0e4f9dbcfd87e5da58758566a182424914a5649dd7ba103e27696e3a6380361af9f4cc6ad2adf4fbb2aad4fb1391631bcb52dc8fe723564b8a95bd933b0233c57821d6db7a682937fa72f8ad26bca2181d850be4ee5b7954af7a20b5258d09a2861f136460577ccf393fb5707b68337a34d8e4468cd541c978b33ee219faaa735387659333bc8aedc3dc15a0d93670f6f38af99edab008e98425de17858f31568a6cc2da86a8b79e88d55a1ec5a30fb8d2ed025650cc9d424447dc58b2c5f8dc53ccf03eb3c0251d6932d6c886cedc6f5d7d7c4262061329260649b4c16094d3b3f869b4cf43aa9ee1172ee9472ef9d8ec71f8a0168f0c4d79d40700c223a532fd042dfadc652b98d0bae163a9c726743deed8601ad7465148d7cb63056a6919b238e486abdf1eedb890b55433693da6c1e5c66bc211fb12991116d4346d065949d60c9efb5571a57f2cc1177ece662bcd47aec8a9898cb7e79a76aaf145a63e781a162ef7f22d247dbeeb4f7b3f0279826353b4a7cfbbbc07cb59d74e562073f213eb314ed96bb0017e4142f2dd4d342456cde8af0e7634322e7c6c8354aedb1e415de29bb2b91ccfff6daeb6a6aadc40d99fc785c70f22463affd43b471c8adf8b8bc59cd8e890349d98030a205970a48957422a66c2e226b1239fcd6b968b198cf4ce0b0ed88f12635454f32b77b63d835a40e7ac1a28a0df4b62b5cb0baf73e21b2173482ea5562345ee159c1be20fc3fd503c995fd6537542ca71271aa8d4d669364bafef5ec81ae6cf150537cabb280e1217e02efc7ac93d980f445570651e9a93abcc7ff478e66bef5b49b98e8bae053a447ed65b4549bc366bed5307d93a2d3bc39d0a74325f9aadba7dd3624b1ee90f2d0508eae34312637452a2b04eef644aeeca5ea3bc8f02784efad2c148e5744aba5f14d48c51962ef2dd583b3d0f51d8437af57424120a9ee77a35fe99dfae54354ede7fe40a0ab72f9af53e87aa24d3fce2cbf901330150e76383418b5c99954e70ab1b0a9247ec4451665da8f179d8dfcf8b6b2a752cd9b53a599113554ba43f114cd4f263d6986d9d4739bd38222955757490ae26c3ca7c42f9dc1dc424fe31aba4f57ffc930448567ca5330f7018d81a77d45ca739a0ab3bb19996f5cb41e724bd05525deb13407187843cf20038ee1615d0c92ad4228d66f8ab40bca50dda1c71c46952e4fcf656f5a9c7f2000fb93fa02cd7b340f1fffaadaea752631ed58be197c0182a08c7eafcf212e7871b27dd48afa2f1f9f80dea6243e32b744e4664c4673566546623ef5e264b70b588aabcb84b7bbe911290fef63fcdad6154578703f0f211c803b8071b45c8b2f10eec24cb22cd2bfa218b8ce6c53dfb8aafb548b66d7f2c7849b2ae0c1ef38ba163b6bf8394"
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
