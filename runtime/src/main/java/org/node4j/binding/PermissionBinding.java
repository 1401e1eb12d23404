package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.node4j.Permissions;
import org.node4j.runtime.NodeRuntime;

/** Node's {@code permission} binding: what the permission model (--permission) grants. */
public final class PermissionBinding {
  private final NodeRuntime runtime;

  PermissionBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  @HostAccess.Export
  public boolean enabled() {
    return runtime.permissions() != null;
  }

  /** process.permission.has(scope, reference): reference is null or an absolute path. */
  @HostAccess.Export
  public boolean has(String scope, String reference) {
    Permissions p = runtime.permissions();
    return p == null || p.has(scope, reference);
  }

  /** Whether TCP/UDP/DNS may be used (only an embedding program can close the network). */
  @HostAccess.Export
  public boolean network() {
    Permissions p = runtime.permissions();
    return p == null || p.network();
  }

  /** process.permission.drop(scope, reference): gives a grant up for the rest of the run. */
  @HostAccess.Export
  public void drop(String scope, String reference) {
    runtime.dropPermission(scope, reference);
  }
}
