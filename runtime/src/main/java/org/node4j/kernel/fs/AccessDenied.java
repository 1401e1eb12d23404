package org.node4j.kernel.fs;

/**
 * An fs operation the permission model forbids. It travels the same road as a failed syscall
 * (so sync, callback and promise forms all report it), carrying Node's permission name in
 * {@code syscall} and the denied path as the description; JS turns it into ERR_ACCESS_DENIED.
 */
public final class AccessDenied extends FsException {
  private final String resource;

  private AccessDenied(String permission, String resource) {
    super(1, permission);
    this.resource = resource;
  }

  public static AccessDenied read(String path) {
    return new AccessDenied("FileSystemRead", path);
  }

  public static AccessDenied write(String path) {
    return new AccessDenied("FileSystemWrite", path);
  }

  @Override
  public String code() {
    return "ERR_ACCESS_DENIED";
  }

  @Override
  public String description() {
    return resource;
  }
}
