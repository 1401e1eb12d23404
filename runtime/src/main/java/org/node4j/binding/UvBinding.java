package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.node4j.kernel.Errno;

/** Node's {@code uv} binding: libuv's error names and messages (util.getSystemErrorName & co). */
public final class UvBinding {
  /** [errno, name, description, errno, name, …] with libuv's negative numbers. */
  @HostAccess.Export
  public Object[] errorTable() {
    Errno[] all = Errno.values();
    Object[] out = new Object[all.length * 3];
    for (int i = 0; i < all.length; i++) {
      out[i * 3] = all[i].uv();
      out[i * 3 + 1] = all[i].name();
      out[i * 3 + 2] = all[i].description;
    }
    return out;
  }
}
