package org.node4j.kernel.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.node4j.crypto.AsymKey;

/**
 * Keys and certificates as tls.createSecureContext takes them: PEM text (or DER) for
 * certificates, PEM private keys in PKCS#8, PKCS#1 and SEC1 (encrypted PKCS#8 and OpenSSL's
 * legacy "Proc-Type: 4,ENCRYPTED" under a passphrase), and PKCS#12 bundles.
 */
public final class Pem {
  private Pem() {}

  private static final Pattern BLOCK = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)-----END \\1-----", Pattern.DOTALL);

  /** Every certificate in {@code data} (PEM blocks, or one DER certificate). */
  public static List<X509Certificate> certificates(byte[] data) throws GeneralSecurityException {
    List<X509Certificate> out = new ArrayList<>();
    String text = new String(data, StandardCharsets.ISO_8859_1);
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    if (!text.contains("-----BEGIN")) {
      for (Certificate c : cf.generateCertificates(new ByteArrayInputStream(data))) out.add((X509Certificate) c);
      return out;
    }
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      String type = m.group(1);
      if (!type.equals("CERTIFICATE") && !type.equals("TRUSTED CERTIFICATE") && !type.equals("X509 CERTIFICATE")) {
        continue;
      }
      byte[] der = Base64.getMimeDecoder().decode(m.group(2));
      out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
    }
    return out;
  }

  /** The first private key in {@code pem}; {@code passphrase} may be null. */
  public static PrivateKey privateKey(byte[] data, String passphrase) throws GeneralSecurityException {
    String text = new String(data, StandardCharsets.ISO_8859_1);
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      String type = m.group(1);
      if (!type.endsWith("PRIVATE KEY")) continue;
      String body = m.group(2);
      String dekInfo = null;
      // OpenSSL's legacy encryption: headers before the base64 body
      int headersEnd = body.indexOf("\n\n");
      if (body.startsWith("Proc-Type:") && headersEnd > 0) {
        for (String line : body.substring(0, headersEnd).split("\\r?\\n")) {
          if (line.startsWith("DEK-Info:")) dekInfo = line.substring(9).trim();
        }
        body = body.substring(headersEnd + 2);
      }
      byte[] der = Base64.getMimeDecoder().decode(body);
      if (dekInfo != null) der = legacyDecrypt(der, dekInfo, need(passphrase));
      return switch (type) {
        case "PRIVATE KEY" -> AsymKey.fromPkcs8(der).priv;
        case "RSA PRIVATE KEY" -> AsymKey.fromPkcs1Private(der).priv;
        case "EC PRIVATE KEY" -> AsymKey.fromSec1(der).priv;
        case "ENCRYPTED PRIVATE KEY" -> AsymKey.fromPkcs8(pkcs8Decrypt(der, need(passphrase))).priv;
        default -> throw new GeneralSecurityException("unsupported key type " + type);
      };
    }
    throw new GeneralSecurityException("no private key found");
  }

  private static String need(String passphrase) throws GeneralSecurityException {
    if (passphrase == null) throw new BadPassphrase();
    return passphrase;
  }

  /** A key that needs a passphrase, or got a wrong one (Node: "bad decrypt"). */
  public static final class BadPassphrase extends GeneralSecurityException {
    BadPassphrase() {
      super("bad decrypt");
    }
  }

  private static byte[] pkcs8Decrypt(byte[] der, String passphrase) throws GeneralSecurityException {
    try {
      EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
      SecretKeyFactory f = SecretKeyFactory.getInstance(info.getAlgName());
      Key k = f.generateSecret(new PBEKeySpec(passphrase.toCharArray()));
      Cipher c = Cipher.getInstance(info.getAlgName());
      c.init(Cipher.DECRYPT_MODE, k, info.getAlgParameters());
      return info.getKeySpec(c).getEncoded();
    } catch (java.io.IOException | java.security.spec.InvalidKeySpecException e) {
      throw new BadPassphrase();
    }
  }

  /** OpenSSL's EVP_BytesToKey (MD5, one round) under the DEK-Info cipher. */
  private static byte[] legacyDecrypt(byte[] der, String dekInfo, String passphrase) throws GeneralSecurityException {
    String[] parts = dekInfo.split(",");
    String alg = parts[0].trim().toUpperCase();
    byte[] iv = HexFormat.of().parseHex(parts[1].trim());
    int keyLen;
    String jca;
    String keyAlg;
    switch (alg) {
      case "AES-128-CBC" -> { keyLen = 16; jca = "AES/CBC/PKCS5Padding"; keyAlg = "AES"; }
      case "AES-192-CBC" -> { keyLen = 24; jca = "AES/CBC/PKCS5Padding"; keyAlg = "AES"; }
      case "AES-256-CBC" -> { keyLen = 32; jca = "AES/CBC/PKCS5Padding"; keyAlg = "AES"; }
      case "DES-EDE3-CBC" -> { keyLen = 24; jca = "DESede/CBC/PKCS5Padding"; keyAlg = "DESede"; }
      default -> throw new GeneralSecurityException("unsupported PEM cipher " + alg);
    }
    byte[] pass = passphrase.getBytes(StandardCharsets.UTF_8);
    byte[] key = new byte[keyLen];
    byte[] prev = new byte[0];
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    for (int n = 0; n < keyLen; ) {
      md5.update(prev);
      md5.update(pass);
      md5.update(iv, 0, 8);
      prev = md5.digest();
      int take = Math.min(prev.length, keyLen - n);
      System.arraycopy(prev, 0, key, n, take);
      n += take;
    }
    try {
      Cipher c = Cipher.getInstance(jca);
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, keyAlg), new IvParameterSpec(iv));
      return c.doFinal(der);
    } catch (javax.crypto.BadPaddingException e) {
      throw new BadPassphrase();
    }
  }

  /** A PKCS#12 bundle: its key, its certificate chain, and any other certificates (CAs). */
  public record Pkcs12(PrivateKey key, List<X509Certificate> chain, List<X509Certificate> extra) {}

  public static Pkcs12 pkcs12(byte[] data, String passphrase) throws GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    char[] pass = passphrase == null ? new char[0] : passphrase.toCharArray();
    try {
      ks.load(new ByteArrayInputStream(data), pass);
    } catch (java.io.IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException || String.valueOf(e.getMessage())
          .contains("password")) {
        throw new GeneralSecurityException("mac verify failure");
      }
      throw new GeneralSecurityException("not enough data", e);
    }
    PrivateKey key = null;
    List<X509Certificate> chain = new ArrayList<>();
    List<X509Certificate> extra = new ArrayList<>();
    for (String alias : Collections.list(ks.aliases())) {
      if (key == null && ks.isKeyEntry(alias)) {
        key = (PrivateKey) ks.getKey(alias, pass);
        Certificate[] c = ks.getCertificateChain(alias);
        if (c != null) for (Certificate x : c) chain.add((X509Certificate) x);
      } else if (ks.isCertificateEntry(alias)) {
        extra.add((X509Certificate) ks.getCertificate(alias));
      }
    }
    return new Pkcs12(key, chain, extra);
  }
}
