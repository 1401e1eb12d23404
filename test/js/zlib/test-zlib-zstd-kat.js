'use strict';
// zstd output is byte-identical to reference Node 24's for each level and parameter set
// (expected values recorded with Node), and Node's output decompresses to the input.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const inputs = {
  text: 'The quick brown fox jumps over the lazy dog. '.repeat(300),
  bin: Buffer.from(Array.from({ length: 40000 }, (_, i) => (i * i + 17 * i) & 0xff)),
  small: 'hello zstd',
};
const cases = [
 [
  "text",
  {
   "params": {
    "100": 1
   }
  },
  "KLUv/WC8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZQ=="
 ],
 [
  "bin",
  {
   "params": {
    "100": 1
   }
  },
  "KLUv/WBAm10IAAQQABImPFRuiqjI6g40XIay4BBCdqzkHlqY2BpepOw2gtAgcsYcdM4qiOhKrhR85lLAMKIWjAR++nj4ev6EDJYisEDSZvyULspoCKpO9JxG8qBQArZsJN6aWBjanmQs9sKQYDIG3LSOakgoCu7UvKaSgHBiVkxEPjo4ODo+RExWYnCAkqa81O4KKEhqjrTcBjJgkML2LGSe2hhYmt4kbLYCUKDyRpz0TqoIaMoulPxm0kCwIpYMhP56+Hj6fgSMFqIwwFLmfBSuSuiIKs50HMZyINCCNuykXhrYmFoe5Kx2QhDgsoZcNA7qyKiKblQ8JhIA8OLWzMS+uri4ur7EzNbi8AEAAD2bAX1NAQ=="
 ],
 [
  "small",
  {
   "params": {
    "100": 1
   }
  },
  "KLUv/SAKUQAAaGVsbG8genN0ZA=="
 ],
 [
  "text",
  {
   "params": {
    "100": 3
   }
  },
  "KLUv/WC8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZQ=="
 ],
 [
  "bin",
  {
   "params": {
    "100": 3
   }
  },
  "KLUv/WBAm10IAAQQABImPFRuiqjI6g40XIay4BBCdqzkHlqY2BpepOw2gtAgcsYcdM4qiOhKrhR85lLAMKIWjAR++nj4ev6EDJYisEDSZvyULspoCKpO9JxG8qBQArZsJN6aWBjanmQs9sKQYDIG3LSOakgoCu7UvKaSgHBiVkxEPjo4ODo+RExWYnCAkqa81O4KKEhqjrTcBjJgkML2LGSe2hhYmt4kbLYCUKDyRpz0TqoIaMoulPxm0kCwIpYMhP56+Hj6fgSMFqIwwFLmfBSuSuiIKs50HMZyINCCNuykXhrYmFoe5Kx2QhDgsoZcNA7qyKiKblQ8JhIA8OLWzMS+uri4ur7EzNbi8AEAAD2bAX1NAQ=="
 ],
 [
  "small",
  {
   "params": {
    "100": 3
   }
  },
  "KLUv/SAKUQAAaGVsbG8genN0ZA=="
 ],
 [
  "text",
  {
   "params": {
    "100": 9
   }
  },
  "KLUv/WC8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZQ=="
 ],
 [
  "bin",
  {
   "params": {
    "100": 9
   }
  },
  "KLUv/WBAm10IAAQQABImPFRuiqjI6g40XIay4BBCdqzkHlqY2BpepOw2gtAgcsYcdM4qiOhKrhR85lLAMKIWjAR++nj4ev6EDJYisEDSZvyULspoCKpO9JxG8qBQArZsJN6aWBjanmQs9sKQYDIG3LSOakgoCu7UvKaSgHBiVkxEPjo4ODo+RExWYnCAkqa81O4KKEhqjrTcBjJgkML2LGSe2hhYmt4kbLYCUKDyRpz0TqoIaMoulPxm0kCwIpYMhP56+Hj6fgSMFqIwwFLmfBSuSuiIKs50HMZyINCCNuykXhrYmFoe5Kx2QhDgsoZcNA7qyKiKblQ8JhIA8OLWzMS+uri4ur7EzNbi8AEAAD2bAX1NAQ=="
 ],
 [
  "small",
  {
   "params": {
    "100": 9
   }
  },
  "KLUv/SAKUQAAaGVsbG8genN0ZA=="
 ],
 [
  "text",
  {
   "params": {
    "100": 19
   }
  },
  "KLUv/WC8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZQ=="
 ],
 [
  "bin",
  {
   "params": {
    "100": 19
   }
  },
  "KLUv/WBAm10IAAQQABImPFRuiqjI6g40XIay4BBCdqzkHlqY2BpepOw2gtAgcsYcdM4qiOhKrhR85lLAMKIWjAR++nj4ev6EDJYisEDSZvyULspoCKpO9JxG8qBQArZsJN6aWBjanmQs9sKQYDIG3LSOakgoCu7UvKaSgHBiVkxEPjo4ODo+RExWYnCAkqa81O4KKEhqjrTcBjJgkML2LGSe2hhYmt4kbLYCUKDyRpz0TqoIaMoulPxm0kCwIpYMhP56+Hj6fgSMFqIwwFLmfBSuSuiIKs50HMZyINCCNuykXhrYmFoe5Kx2QhDgsoZcNA7qyKiKblQ8JhIA8OLWzMS+uri4ur7EzNbi8AEAAD2bAX1NAQ=="
 ],
 [
  "small",
  {
   "params": {
    "100": 19
   }
  },
  "KLUv/SAKUQAAaGVsbG8genN0ZA=="
 ],
 [
  "text",
  {
   "params": {
    "100": -5
   }
  },
  "KLUv/WC8MyUDAKQFVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQDaF+34EAU="
 ],
 [
  "bin",
  {
   "params": {
    "100": -5
   }
  },
  "KLUv/WBAm10IAAQQABImPFRuiqjI6g40XIay4BBCdqzkHlqY2BpepOw2gtAgcsYcdM4qiOhKrhR85lLAMKIWjAR++nj4ev6EDJYisEDSZvyULspoCKpO9JxG8qBQArZsJN6aWBjanmQs9sKQYDIG3LSOakgoCu7UvKaSgHBiVkxEPjo4ODo+RExWYnCAkqa81O4KKEhqjrTcBjJgkML2LGSe2hhYmt4kbLYCUKDyRpz0TqoIaMoulPxm0kCwIpYMhP56+Hj6fgSMFqIwwFLmfBSuSuiIKs50HMZyINCCNuykXhrYmFoe5Kx2QhDgsoZcNA7qyKiKblQ8JhIA8OLWzMS+uri4ur7EzNbi8AEAAD2bAX1NAQ=="
 ],
 [
  "small",
  {
   "params": {
    "100": -5
   }
  },
  "KLUv/SAKUQAAaGVsbG8genN0ZA=="
 ],
 [
  "text",
  {
   "params": {
    "201": 1
   }
  },
  "KLUv/WS8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZUSSiM8="
 ],
 [
  "text",
  {
   "params": {
    "200": 0
   }
  },
  "KLUv/QAgtQEA1AJUaGUgcXVpY2sgYnJvd24gZm94IGp1bXBzIG92ZXIgdGhlIGxhenkgZG9nLiABAGWkkFdl"
 ],
 [
  "text",
  {
   "params": {
    "100": 7,
    "101": 12
   }
  },
  "KLUv/UAQvDO0AQDUAlRoZSBxdWljayBicm93biBmb3gganVtcHMgb3ZlciB0aGUgbGF6eSBkb2cuIAEAhT70VRlEAAAIaAEA/PeBEEQAAAhlAQD894EQRQAACCABALj8QAg="
 ],
 [
  "text",
  {
   "params": {
    "107": 7
   }
  },
  "KLUv/WC8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZQ=="
 ],
 [
  "text",
  {
   "params": {
    "102": 12,
    "103": 12,
    "104": 3,
    "105": 5
   }
  },
  "KLUv/WC8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZQ=="
 ],
 [
  "text",
  {
   "pledgedSrcSize": 13500
  },
  "KLUv/WC8M7UBANQCVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gAQBlpJBXZQ=="
 ]
];
for (const [name, opts, expected] of cases) {
  const input = inputs[name];
  const got = zlib.zstdCompressSync(input, opts);
  assert.strictEqual(got.toString('base64'), expected, `${name} ${JSON.stringify(opts)}`);
  const back = zlib.zstdDecompressSync(Buffer.from(expected, 'base64'));
  assert.deepStrictEqual(back, Buffer.from(input));
}
