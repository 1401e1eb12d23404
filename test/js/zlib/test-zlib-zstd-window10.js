'use strict';
// zstd window10: one-shot output equals Node's bytes; Node's output decompresses (sync, callback, stream in small pieces); the stream compressor's output decompresses.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const params = {"101":10};
const expected = Buffer.from("KLUv/UAAKCK0AQDUAlRoZSBxdWljayBicm93biBmb3gganVtcHMgb3ZlciB0aGUgbGF6eSBkb2cuIAEAhQ4rVQZMAAAQIGwBAPsrgAVMAAAQcHMBAPsrgAVMAAAQb3cBAPsrgAWUCwAmGFkoIOi5GQngBwkkkEACCSSQgNAqOrSKDq2iQ0ukKHFEIpFIJBKJRCJRJ08AUABOALXV66uhTlpo5sV9395Dp40sjJYpTIr4uAEjhYgNFBoYCKtWp8rUoj6LbLC6zro11U0b/XNy4btp44mjJublCpQkQnbQaGHiA4YICgbEZAHLife2rWcOGzNgskhZQqSHjRcoQmiYwKAAWLMq1aUS1dljgc01bK2nZrro58iD6559B04aMl2sPEESRMcMFiU8XICQQEBXrfpUpAZ1WWJ7AV+wRFEyhEcNFydAZJCwgMBXsRpVpQ61WWN/xRXsrKVemmjnx4Hn7mPnDZoxXKo4OQIkh4wVJDpYeIAgAFer6tSjAlXZYXmttWurn0Y66F69KlSTKlRmi/X11q+xjlrpoZsb/42bTx03Z8RsodLEyA8cMVSM4FDBwQEAW6VqU43602SF3ZVWrqt2+miglQ/nXTuPnDVlAgIAgOnBRc1HFWABTAAAEHF4AQD7K4AFTAAAEMO7AQD7K4AFTAAAEMK9AQD7K4AFRQAACHEBACQrIAQ=", 'base64');
assert.deepStrictEqual(zlib.zstdCompressSync(input, { params }), expected);
assert.deepStrictEqual(zlib.zstdDecompressSync(expected), input);
zlib.zstdDecompress(expected, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const out = [];
const d = zlib.createZstdDecompress();
d.on('data', (c) => out.push(c));
d.on('end', common.mustCall(() => assert.deepStrictEqual(Buffer.concat(out), input)));
for (let i = 0; i < expected.length; i += 7) d.write(expected.subarray(i, i + 7));
d.end();
const parts = [];
const c = zlib.createZstdCompress({ params });
c.on('data', (b) => parts.push(b));
c.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.zstdDecompressSync(Buffer.concat(parts)), input)));
c.write(input.subarray(0, 2000));
c.flush(() => c.end(input.subarray(2000)));
