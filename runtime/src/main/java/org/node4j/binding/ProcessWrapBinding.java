package org.node4j.binding;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.net.Connection;
import org.node4j.kernel.proc.Pump;
import org.node4j.kernel.proc.Spawner;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code process_wrap}: starts a child process (org.node4j.kernel.proc.Spawner) and
 * hands JS a {@link ChildHandle} plus, for each "pipe" slot, a stream handle over the parent's
 * end (a Unix socket on Netty, so reads pause with the reader and writes report backpressure,
 * as libuv's pipes do).
 */
public final class ProcessWrapBinding {
  /** Stdio slot kinds from JS, besides an fd number of ours (>= 0). */
  static final int PIPE = -1;
  static final int IGNORE = -2;
  static final int INHERIT = -3;

  private final NodeRuntime runtime;

  ProcessWrapBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Spawns; returns a {@link ChildHandle} or a negative errno. {@code stdio[i]} is PIPE,
   * IGNORE, INHERIT or an fd; {@code onExit(code, signal)} runs on the loop when the child ends.
   */
  @HostAccess.Export
  public Object spawn(String file, List<Object> args, List<Object> env, String cwd, int[] stdio,
      boolean detached, int uid, int gid, Value onExit) {
    int n = stdio.length;
    int[] slots = new int[n];
    OutputStream[] pumps = new OutputStream[n];
    for (int i = 0; i < n; i++) slots[i] = slot(i, stdio[i], pumps);
    String dir = runtime.processState().resolve(cwd == null ? "." : cwd).toString();
    Spawner.Result r = Spawner.spawn(file, strings(args), strings(env), dir, slots, detached, uid, gid, true);
    if (r.error() != 0) return -r.error();
    Object[] pipes = new Object[n];
    for (int i = 0; i < n; i++) {
      int fd = r.parentFds()[i];
      if (fd < 0) continue;
      if (pumps[i] != null) {
        runtime.loop().beginRequest(); // the child's output must reach our stdout before we exit
        Pump.start(fd, pumps[i], () -> runtime.loop().completeRequest(() -> {}));
        continue;
      }
      if (stdio[i] == PIPE) pipes[i] = adopt(runtime, fd);
    }
    return new ChildHandle(runtime, r.pid(), pipes, onExit);
  }

  /** The Spawner slot for a JS stdio kind; an inherited stdio fd of an embedded runtime becomes a pipe pumped into its stream (pumps[i]). */
  static int slot(NodeRuntime runtime, int i, int kind, OutputStream[] pumps) {
    if (kind == INHERIT || (kind >= 0 && kind <= 2)) {
      int fd = kind == INHERIT ? i : kind;
      if (fd <= 2 && !isRealStdio(runtime, fd)) {
        if (fd == 0) return Spawner.IGNORE; // an embedded runtime's stdin is not ours to share
        pumps[i] = fd == 1 ? runtime.options().stdout() : runtime.options().stderr();
        return Spawner.PIPE;
      }
      return fd;
    }
    return kind == PIPE ? Spawner.PIPE : kind == IGNORE ? Spawner.IGNORE : kind;
  }

  private int slot(int i, int kind, OutputStream[] pumps) {
    return slot(runtime, i, kind, pumps);
  }

  /** Whether the runtime's stdio fd is this process's own fd (the CLI), not a Java stream (embedding, tests). */
  static boolean isRealStdio(NodeRuntime runtime, int fd) {
    try {
      return switch (fd) {
        case 0 -> {
          InputStream in = runtime.options().stdin();
          yield in instanceof FileInputStream f && f.getFD() == FileDescriptor.in;
        }
        case 1 -> runtime.options().stdout() instanceof FileOutputStream f && f.getFD() == FileDescriptor.out;
        default -> runtime.options().stderr() instanceof FileOutputStream f && f.getFD() == FileDescriptor.err;
      };
    } catch (IOException e) {
      return false;
    }
  }

  /** A stream handle over a connected Unix socket fd we own (non-blocking). */
  static SocketHandle adopt(NodeRuntime runtime, int fd) {
    SocketHandle h = new SocketHandle(runtime, true);
    Connection c = Connection.adopt(fd, h);
    if (c == null) {
      Spawner.close(fd);
      throw new IllegalStateException("node4j: child process pipes need the epoll transport");
    }
    h.attach(c);
    h.activate();
    return h;
  }

  static List<String> strings(List<Object> values) {
    List<String> out = new ArrayList<>(values.size());
    for (Object o : values) out.add(String.valueOf(o));
    return out;
  }
}
