package org.node4j.kernel.fs;

import java.io.IOException;
import org.node4j.kernel.Errno;

/** A failed fs syscall: errno number and the syscall's name as Node reports it. */
public class FsException extends Exception {
  public final int errno;
  public final String syscall;

  public FsException(int errno, String syscall) {
    super(null, null, false, false);
    this.errno = errno;
    this.syscall = syscall;
  }

  /** From a java.nio failure (the few operations done through java.nio). */
  public static FsException of(IOException e, String syscall) {
    return new FsException(Errno.of(e).number, syscall);
  }

  /** libuv's error name for errno, e.g. "ENOENT". */
  public String code() {
    Errno e = known(errno);
    if (e != null) return e.name();
    String extra = EXTRA_NAMES.get(errno);
    return extra != null ? extra : "UNKNOWN";
  }

  /** libuv's description, e.g. "no such file or directory". */
  public String description() {
    Errno e = known(errno);
    if (e != null) return e.description;
    String extra = EXTRA_DESCRIPTIONS.get(errno);
    return extra != null ? extra : "unknown error";
  }

  private static Errno known(int n) {
    for (Errno e : Errno.values()) {
      if (e.number == n) return e;
    }
    return null;
  }

  // errnos fs meets that the shared Errno table does not carry (libuv's wording)
  private static final java.util.Map<Integer, String> EXTRA_NAMES = java.util.Map.of(
      6, "ENXIO", 7, "E2BIG", 14, "EFAULT", 19, "ENODEV", 23, "ENFILE", 25, "ENOTTY",
      26, "ETXTBSY", 27, "EFBIG", 31, "EMLINK", 75, "EOVERFLOW");
  private static final java.util.Map<Integer, String> EXTRA_DESCRIPTIONS = java.util.Map.of(
      6, "no such device or address", 7, "argument list too long", 14, "bad address in system call argument",
      19, "no such device", 23, "file table overflow", 25, "inappropriate ioctl for device",
      26, "text file is busy", 27, "file too large", 31, "too many links",
      75, "value too large for defined data type");
}
