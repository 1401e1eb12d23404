package org.node4j.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.binding.worker.Message;
import org.node4j.binding.worker.Messaging;
import org.node4j.binding.worker.PortHandle;
import org.node4j.binding.worker.WorkerHandle;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code messaging} binding: message ports that cross threads (lib/internal/worker/io.js
 * uses them once a port is transferred or belongs to a Worker) and BroadcastChannels shared by
 * every runtime of this JVM. Messages are bytes: JS serializes, Java copies, JS deserializes.
 */
public final class MessagingBinding implements AutoCloseable {
  // BroadcastChannel name -> the open channels of that name in every runtime of the JVM.
  private static final Map<String, List<Member>> CHANNELS = new ConcurrentHashMap<>();

  private record Member(NodeRuntime root, NodeRuntime runtime, Value onMessage, Object token) {}

  private final NodeRuntime runtime;
  private final List<PortHandle> bound = new ArrayList<>();
  private final List<Object> channels = new ArrayList<>();

  MessagingBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  @HostAccess.Export
  public PortHandle[] createChannel() {
    return PortHandle.pair();
  }

  /** Builds a message from a serialized value (bytes [0, length) of arrayBuffer), transferred buffers and ports. */
  @HostAccess.Export
  public Message message(Value arrayBuffer, int length, Value buffers, Value ports) {
    return Messaging.message(arrayBuffer, length, buffers, ports);
  }

  @HostAccess.Export
  public void post(PortHandle port, Message m) {
    Messaging.post(port, m);
  }

  /** The main runtime of this runtime's worker tree. */
  private NodeRuntime root() {
    return runtime.worker() instanceof WorkerHandle.Self self ? self.handle().root() : runtime;
  }

  /** The next message that arrived at {@code port}, or null (receiveMessageOnPort and delivery). */
  @HostAccess.Export
  public Message receive(PortHandle port) {
    return Messaging.receive(port);
  }

  /** This runtime now owns {@code port}: messages and its close come to these callbacks. */
  @HostAccess.Export
  public void bind(PortHandle port, Value onMessage, Value onClose) {
    Messaging.bind(port, runtime, onMessage, onClose);
    bound.add(port);
  }

  /** The port leaves this runtime inside a message. */
  @HostAccess.Export
  public void unbind(PortHandle port) {
    Messaging.unbind(port);
    bound.remove(port);
  }

  @HostAccess.Export
  public void close(PortHandle port) {
    Messaging.close(port);
    bound.remove(port);
  }

  /** Joins BroadcastChannel {@code name}; returns the token to post and leave with. */
  @HostAccess.Export
  public Object joinBroadcast(String name, Value onMessage) {
    Object token = new Object();
    CHANNELS.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(new Member(root(), runtime, onMessage, token));
    channels.add(new Object[] {name, token});
    return token;
  }

  /** Delivers to every other channel of that name, in this and other runtimes. */
  @HostAccess.Export
  public void broadcast(String name, Object token, Message m) {
    List<Member> members = CHANNELS.get(name);
    if (members == null) return;
    NodeRuntime root = root();
    for (Member member : members) {
      // Channels reach the threads of one process: this runtime's worker tree.
      if (member.token == token || member.root != root) continue;
      NodeRuntime rt = member.runtime;
      Value fn = member.onMessage;
      rt.loop().post(() -> {
        if (stillMember(name, member)) rt.calls().callback(fn, m);
      });
    }
  }

  private static boolean stillMember(String name, Member member) {
    List<Member> members = CHANNELS.get(name);
    return members != null && members.contains(member);
  }

  @HostAccess.Export
  public void leaveBroadcast(String name, Object token) {
    List<Member> members = CHANNELS.get(name);
    if (members != null) members.removeIf(m -> m.token == token);
    channels.removeIf(o -> ((Object[]) o)[1] == token);
  }

  /** A runtime that ends closes its ports (the other side sees 'close') and leaves its channels. */
  @Override
  public void close() {
    for (PortHandle p : List.copyOf(bound)) {
      if (Messaging.ownedBy(p, runtime)) Messaging.close(p);
    }
    bound.clear();
    for (Object o : List.copyOf(channels)) {
      Object[] entry = (Object[]) o;
      leaveBroadcast((String) entry[0], entry[1]);
    }
  }
}
