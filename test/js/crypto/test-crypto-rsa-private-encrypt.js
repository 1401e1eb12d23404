'use strict';
// privateEncrypt/publicDecrypt (PKCS#1 v1.5 type 1): byte-identical to Node and reversible.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAOOEDIv+4n0kBn6m\nPu19jUlSv75WmFSXe4VrVL4kyNsJbsETcTT3f64gBX68cDXDOP8ThQ6+tJDuW0+k\nfM5k76y6Ck8FPsQYyqyeBzm4Nfz+/MrQnSdtnkQjdw/DkQc8zoSy6fNZNK8aZl4H\nUCQYDH0T74NWoy+Gfyf8mq8or6DNAgMBAAECgYBf3gFncBRBhM+TyDtV2QSSs+KF\nsnlnk5kBxBMmN9vGp/faNXYLSoqrdWS7XW2uyb8XhEMZznPJahZhvb61PUTb6Pc0\nlcSKWGBeznaT396+6uSC2LaWRJledMbh6pBQQTP/HcOweAK1wcIayuLL10jzQxK1\nP7svZGqBsSJGeCJp4QJBAPOxd3R47EO4fJ6HEtxYauLjW9LV7pQF5QTGMHC3AiQg\nG5VgeRWM+5y2XZiYlL9rKx1ekNLoAottLe9DZJs4UskCQQDvAW+zeHGxUWsubGTD\nDWhXThBImrAHDQwfDv8ufcXI2ingHRiYTP5AdVMftboZpkZUJCEYCKWLhXcokXdX\nz3vlAkAnUniTC7wcBVXegq8xbPb6W3OCptCThAv7ZDuGxJEM4T1yMhn3t0MWe3rI\n174Q0Sso1wyJa7SVaO2jkP1X6pO5AkEAnPRWhIeOMiIDvwLT0PvXD65mJyfefWLm\nGOdiUQergVEzusegxTOarH3fzq0qv3lgKhVn3j6faFaHgA63TuUkuQJATZwfyX8A\n1WtKFl8TAS6VipmGei/l8mQd9KbFMaIgu0RuNUVkE1qyhpBfEC38OrLJuccl8RPA\n4F33uhgiJ/fF1Q==\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDjhAyL/uJ9JAZ+pj7tfY1JUr++\nVphUl3uFa1S+JMjbCW7BE3E093+uIAV+vHA1wzj/E4UOvrSQ7ltPpHzOZO+sugpP\nBT7EGMqsngc5uDX8/vzK0J0nbZ5EI3cPw5EHPM6EsunzWTSvGmZeB1AkGAx9E++D\nVqMvhn8n/JqvKK+gzQIDAQAB\n-----END PUBLIC KEY-----\n";
assert.strictEqual(crypto.privateEncrypt(privPem, Buffer.from('signed blob')).toString('base64'), "l0RjPLflNsBbngIvtGZ6mqipfpcNfK5UgfN81tWpn6otemGa00DXegH6SQ7UhSbWiytHKT4rIu8XvU1iwhKDzfQIqbc2suS4a123WkaErljdNwTFMmZOF3XUrND9gB7HuCB+a2l4STYHHHjfXEaKYZZs4i0PjGPNmOsjKN9LUe4=");
assert.strictEqual(crypto.publicDecrypt(pubPem, Buffer.from("l0RjPLflNsBbngIvtGZ6mqipfpcNfK5UgfN81tWpn6otemGa00DXegH6SQ7UhSbWiytHKT4rIu8XvU1iwhKDzfQIqbc2suS4a123WkaErljdNwTFMmZOF3XUrND9gB7HuCB+a2l4STYHHHjfXEaKYZZs4i0PjGPNmOsjKN9LUe4=", 'base64')).toString(), 'signed blob');
