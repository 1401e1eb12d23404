'use strict';
// deflate with level: Node's output inflates (sync, callback); node4j's one-shot and stream outputs (not always Node's exact bytes: Node ships Chromium's zlib) inflate to the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const opts = {"level":1};
const expected = Buffer.from("eAHtmFVXlVEURUVAFDFQUbA4FlhggYUKBiAYgF4TkLxwyQ8uXMqgu7u7u7vGWOuP+Sd8c7+fpz32WWvOrTPoVaopLipBRRq1zGQVo2WpeFNSSprSMvRGlW7Qq8SInGwVrcW6Kp08lmnIbshPkSiQYJSakNIUKhBGEmIUfhZBEF0SeRQ7Fjv+F3Zsbm1r7+jk4ubxwi/wyw99YloO8lGGWrSgG0OYxALWmcdS1rCZXRzkBOe5xt19h06cuXjt9oNn3m8/fo8waBm/UYRKNKAdfRjFDJaxxUJWsJ5t7OUIp7nEzb0Hjp46f+XmvcfPXwd8Do1OMGYjD6WoQTO6MIgJzGMNuyxhNZvYyQGOc46r3LG0OX76wtVb95++evPhW3hssukXClGBerShFyOYxhI2WcBy1rGVPRzmFBe5Ybb/yMlzl2/cfeTl+/5TSFR8alYuSlCNJnRiAOOYwyp2WMwqNrKD/RzjLFe4bXHwmINydnV/8tI/6GtYTFL6TxSgHHVoRQ+GMYVFbDCfZaxlC7s5xEkucH2P1WG7s5eu33no6fNOFxwZl5L5B8WoQiM60I8xzGIF2yxiJRvYzj6OcobL3DK3trV3dHJx85D5y/xl/yV/JH8k/6V/pX+Ff4Q/hT+F/8W/xL/Ef/+r+8NfO33eSA==", 'base64');
const mine = zlib.deflateSync(input, opts);
const inflateOpts = opts.dictionary ? { dictionary: opts.dictionary } : {};
assert.deepStrictEqual(zlib.inflateSync(mine, inflateOpts), input);
assert.deepStrictEqual(zlib.inflateSync(expected, inflateOpts), input);
zlib.inflate(expected, opts.dictionary ? { dictionary: opts.dictionary } : {}, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const chunks = [];
const s = zlib.createDeflate(opts);
s.on('data', (c) => chunks.push(c));
s.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.inflateSync(Buffer.concat(chunks), inflateOpts), input)));
for (let i = 0; i < input.length; i += 1000) s.write(input.subarray(i, i + 1000));
s.end();
