package org.node4j.kernel.tls;

import java.util.HashMap;
import java.util.Map;

/**
 * Cipher suite names both ways: the JDK speaks IANA names (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256),
 * Node's API speaks OpenSSL's (ECDHE-RSA-AES128-GCM-SHA256; TLS 1.3 suites keep the IANA name).
 */
public final class CipherNames {
  private CipherNames() {}

  private static final String[][] PAIRS = {
      {"TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384"},
      {"TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256"},
      {"TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256"},
      {"ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"},
      {"ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"},
      {"ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"},
      {"ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"},
      {"ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"},
      {"ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"},
      {"DHE-RSA-AES128-GCM-SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"},
      {"DHE-RSA-AES256-GCM-SHA384", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"},
      {"DHE-RSA-CHACHA20-POLY1305", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"},
      {"ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"},
      {"ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"},
      {"ECDHE-RSA-AES256-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"},
      {"ECDHE-ECDSA-AES256-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384"},
      {"ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"},
      {"ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"},
      {"ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"},
      {"ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"},
      {"DHE-RSA-AES128-SHA256", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256"},
      {"DHE-RSA-AES256-SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"},
      {"AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256"},
      {"AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384"},
      {"AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256"},
      {"AES256-SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256"},
      {"AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"},
      {"AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"},
  };

  private static final Map<String, String> TO_OPENSSL = new HashMap<>();
  private static final Map<String, String> TO_IANA = new HashMap<>();

  static {
    for (String[] p : PAIRS) {
      TO_OPENSSL.put(p[1], p[0]);
      TO_IANA.put(p[0], p[1]);
    }
  }

  public static String openssl(String iana) {
    return TO_OPENSSL.getOrDefault(iana, iana);
  }

  /** The IANA name of an OpenSSL name (or of an IANA name), null when unknown. */
  public static String iana(String name) {
    if (TO_IANA.containsKey(name)) return TO_IANA.get(name);
    if (TO_OPENSSL.containsKey(name)) return name;
    return null;
  }

  /** OpenSSL names of every suite the JDK supports, lower-cased as tls.getCiphers() lists them. */
  public static String[] supported(String[] jdkSuites) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (String s : jdkSuites) {
      String o = TO_OPENSSL.get(s);
      if (o != null) out.add(o.toLowerCase(java.util.Locale.ROOT));
    }
    return out.toArray(new String[0]);
  }
}
