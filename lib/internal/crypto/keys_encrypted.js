'use strict';
// Private keys under a passphrase, as Node writes and reads them: PKCS#8 as an
// EncryptedPrivateKeyInfo (PBES2, in Java) and PKCS#1/SEC1 as OpenSSL's legacy PEM with
// Proc-Type/DEK-Info headers (key from EVP_BytesToKey with MD5 over the passphrase and IV).

const {
  ArrayPrototypeIncludes,
  RegExpPrototypeExec,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
} = primordials;

const {
  codes: { ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_UNKNOWN_CIPHER, ERR_INVALID_ARG_VALUE, ERR_MISSING_PASSPHRASE,
    ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const { abOf, bufferFrom, fromJava, lazyBinding, lenOf, offOf, opensslError, toView } = require('internal/crypto/util');

const legacyCiphers = ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'des-ede3-cbc'];

let nodeCrypto;
function lazyCrypto() {
  nodeCrypto ??= require('crypto');
  return nodeCrypto;
}

function passBytes(passphrase) {
  return toView(passphrase, 'options.passphrase');
}

// export()'s cipher/passphrase options: undefined when the key is exported in the clear
function encryptionOf(options, type, format) {
  const { cipher, passphrase } = options;
  if (cipher === undefined && passphrase === undefined) return undefined;
  if (cipher === undefined) {
    throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher, 'is required when a passphrase is specified');
  }
  if (passphrase === undefined) throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
  if (type !== 'pkcs8' && format === 'der') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
  const name = StringPrototypeToLowerCase(cipher);
  if (!ArrayPrototypeIncludes(legacyCiphers, name)) {
    if (lazyCrypto().getCipherInfo(name) === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    throw new ERR_NODE4J_UNSUPPORTED(`private key encryption with ${name}`);
  }
  return { cipher: name, passphrase: passBytes(passphrase) };
}

function encryptPkcs8(der, { cipher, passphrase }) {
  const r = lazyBinding().pkcs8Crypt('encrypt', abOf(der), offOf(der), lenOf(der), cipher, abOf(passphrase),
                                     offOf(passphrase), lenOf(passphrase));
  if (typeof r === 'string') throw new Error(r);
  return fromJava(r);
}

// EVP_BytesToKey(MD5, 1 round) as OpenSSL's legacy PEM encryption uses it
function legacyKey(passphrase, salt, length) {
  const parts = [];
  let have = 0;
  let prev = bufferFrom('');
  const BufferConcat = require('buffer').Buffer.concat;
  while (have < length) {
    prev = lazyCrypto().createHash('md5').update(prev).update(passphrase).update(salt).digest();
    parts.push(prev);
    have += prev.length;
  }
  return BufferConcat(parts).subarray(0, length);
}

const keyLengths = { __proto__: null, 'aes-128-cbc': 16, 'aes-192-cbc': 24, 'aes-256-cbc': 32, 'des-ede3-cbc': 24 };

// PEM text of a PKCS#1/SEC1 key encrypted the legacy way
function legacyPem(der, label, { cipher, passphrase }) {
  const c = lazyCrypto();
  const iv = c.randomBytes(cipher === 'des-ede3-cbc' ? 8 : 16);
  const key = legacyKey(passphrase, iv.subarray(0, 8), keyLengths[cipher]);
  const e = c.createCipheriv(cipher, key, iv);
  const body = require('buffer').Buffer.concat([e.update(der), e.final()]).toString('base64');
  let lines = '';
  for (let i = 0; i < body.length; i += 64) lines += `${body.slice(i, i + 64)}\n`;
  return `-----BEGIN ${label}-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: ${StringPrototypeToUpperCase(cipher)},` +
    `${StringPrototypeToUpperCase(iv.toString('hex'))}\n\n${lines}-----END ${label}-----\n`;
}

function missingInPem() {
  return opensslError('interrupted or cancelled');
}

// The DER inside an encrypted PEM block (label and body as parsePem found them)
function decryptPem(label, body, passphrase) {
  if (passphrase === undefined || passphrase === null) throw missingInPem();
  const pass = passBytes(passphrase);
  if (label === 'ENCRYPTED PRIVATE KEY') return decryptPkcs8(bufferFrom(body, 'base64'), pass);
  const m = RegExpPrototypeExec(/DEK-Info:\s*([A-Za-z0-9-]+),([0-9A-Fa-f]+)/, body);
  const cipher = m === null ? undefined : StringPrototypeToLowerCase(m[1]);
  if (keyLengths[cipher] === undefined) throw opensslError('unsupported');
  const iv = bufferFrom(m[2], 'hex');
  const data = bufferFrom(body.slice(body.indexOf('\n\n') >= 0 ? body.indexOf('\n\n') : body.indexOf('\r\n\r\n')),
                          'base64');
  const d = lazyCrypto().createDecipheriv(cipher, legacyKey(pass, iv.subarray(0, 8), keyLengths[cipher]), iv);
  try {
    return require('buffer').Buffer.concat([d.update(data), d.final()]);
  } catch {
    throw opensslError('bad decrypt');
  }
}

function decryptPkcs8(der, pass) {
  const r = lazyBinding().pkcs8Crypt('decrypt', abOf(der), offOf(der), lenOf(der), null, abOf(pass), offOf(pass),
                                     lenOf(pass));
  if (r === 'bad decrypt') throw opensslError('bad decrypt');
  if (typeof r === 'string') throw opensslError('unsupported');
  return fromJava(r);
}

// A DER PKCS#8 that may be encrypted: the plain PrivateKeyInfo
function plainPkcs8(der, passphrase) {
  if (!lazyBinding().isEncryptedPkcs8(abOf(der), offOf(der), lenOf(der))) return der;
  if (passphrase === undefined || passphrase === null) throw new ERR_MISSING_PASSPHRASE();
  return decryptPkcs8(der, passBytes(passphrase));
}

module.exports = { decryptPem, encryptPkcs8, encryptionOf, legacyPem, plainPkcs8 };
