package org.node4j.pm;

/**
 * A failure reported to the user the way npm does: an error code (E404, ETARGET, EINTEGRITY,
 * ERESOLVE, ...) plus a message, and optional detail lines printed after it.
 */
public class PmException extends RuntimeException {
  public final String code;
  public final String detail;

  public PmException(String code, String message) { this(code, message, null, null); }

  public PmException(String code, String message, String detail) { this(code, message, detail, null); }

  public PmException(String code, String message, String detail, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.detail = detail;
  }
}
