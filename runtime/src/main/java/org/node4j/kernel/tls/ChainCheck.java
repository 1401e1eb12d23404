package org.node4j.kernel.tls;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Verifies a peer's chain the way OpenSSL's X509_verify_cert reports it, so Node's
 * {@code authorizationError} codes come out the same: build the chain from the leaf through
 * the certificates the peer sent and the trusted ones, then check dates.
 */
public final class ChainCheck {
  private ChainCheck() {}

  /** The outcome: null code when trusted; {@code chain} is the chain built (leaf first). */
  public record Result(String code, List<X509Certificate> chain) {}

  public static Result verify(X509Certificate[] peer, List<X509Certificate> trusted) {
    List<X509Certificate> chain = new ArrayList<>();
    if (peer == null || peer.length == 0) return new Result("UNABLE_TO_GET_ISSUER_CERT", chain);
    List<X509Certificate> untrusted = new ArrayList<>(Arrays.asList(peer).subList(1, peer.length));
    X509Certificate cur = peer[0];
    chain.add(cur);
    String code = null;
    for (int depth = 0; depth < 32; depth++) {
      if (contains(trusted, cur)) break; // a trusted certificate ends the chain
      X509Certificate issuer = find(trusted, cur);
      if (issuer != null) {
        chain.add(issuer);
        break;
      }
      if (selfIssued(cur)) {
        code = depth == 0 ? "DEPTH_ZERO_SELF_SIGNED_CERT" : "SELF_SIGNED_CERT_IN_CHAIN";
        break;
      }
      issuer = find(untrusted, cur);
      if (issuer == null) {
        code = depth == 0 ? "UNABLE_TO_VERIFY_LEAF_SIGNATURE" : "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
        break;
      }
      untrusted.remove(issuer);
      chain.add(issuer);
      cur = issuer;
    }
    if (code == null) {
      for (X509Certificate c : chain) {
        try {
          c.checkValidity();
        } catch (CertificateExpiredException e) {
          code = "CERT_HAS_EXPIRED";
          break;
        } catch (CertificateNotYetValidException e) {
          code = "CERT_NOT_YET_VALID";
          break;
        }
      }
    }
    return new Result(code, chain);
  }

  private static boolean selfIssued(X509Certificate c) {
    return c.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && signedBy(c, c);
  }

  private static boolean contains(List<X509Certificate> list, X509Certificate c) {
    for (X509Certificate t : list) if (t.equals(c)) return true;
    return false;
  }

  private static X509Certificate find(List<X509Certificate> list, X509Certificate child) {
    for (X509Certificate t : list) {
      if (t.getSubjectX500Principal().equals(child.getIssuerX500Principal()) && signedBy(child, t)) return t;
    }
    return null;
  }

  private static boolean signedBy(X509Certificate child, X509Certificate issuer) {
    try {
      child.verify(issuer.getPublicKey());
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** OpenSSL's text for each code, as Node puts it in the error message. */
  public static String message(String code) {
    return switch (code) {
      case "UNABLE_TO_GET_ISSUER_CERT" -> "unable to get issuer certificate";
      case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY" -> "unable to get local issuer certificate";
      case "UNABLE_TO_VERIFY_LEAF_SIGNATURE" -> "unable to verify the first certificate";
      case "DEPTH_ZERO_SELF_SIGNED_CERT" -> "self-signed certificate";
      case "SELF_SIGNED_CERT_IN_CHAIN" -> "self-signed certificate in certificate chain";
      case "CERT_HAS_EXPIRED" -> "certificate has expired";
      case "CERT_NOT_YET_VALID" -> "certificate is not yet valid";
      default -> code;
    };
  }
}
