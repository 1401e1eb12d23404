package org.node4j.binding;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.proc.SyncRun;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code spawn_sync}: runs a child to completion on the JS thread (the loop does not
 * turn meanwhile, as in Node), returning [pid, status, signal, errno, outputs...] where each
 * output is a ByteBuffer (JS wraps it as an ArrayBuffer) or null for a slot that is not a pipe.
 */
public final class SpawnSyncBinding {
  private final NodeRuntime runtime;

  SpawnSyncBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  @HostAccess.Export
  public Object[] spawn(String file, List<Object> args, List<Object> env, String cwd, int[] stdio, Value input,
      double timeoutMs, double maxBuffer, int killSignal, boolean detached, int uid, int gid) throws InterruptedException {
    int n = stdio.length;
    int[] slots = new int[n];
    OutputStream[] sinks = new OutputStream[n];
    for (int i = 0; i < n; i++) slots[i] = ProcessWrapBinding.slot(runtime, i, stdio[i], sinks);
    byte[] in = null;
    if (input != null && !input.isNull()) {
      in = new byte[(int) input.getBufferSize()];
      input.readBuffer(0, in, 0, in.length);
    }
    String dir = runtime.processState().resolve(cwd == null ? "." : cwd).toString();
    long max = Double.isInfinite(maxBuffer) || maxBuffer > Long.MAX_VALUE ? Long.MAX_VALUE : (long) maxBuffer;
    SyncRun.Outcome o = SyncRun.run(file, ProcessWrapBinding.strings(args), ProcessWrapBinding.strings(env), dir,
        slots, sinks, in, (long) timeoutMs, max, killSignal, detached, uid, gid);
    Object[] out = new Object[4 + n];
    out[0] = o.pid();
    out[1] = o.status();
    out[2] = o.signal();
    out[3] = o.error() == 0 ? 0 : -o.error();
    for (int i = 0; i < n; i++) {
      byte[] b = o.output() == null ? null : o.output()[i];
      out[4 + i] = b == null ? null : ByteBuffer.wrap(b);
    }
    return out;
  }
}
