package org.node4j.pm.install;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** npm-install-checks' os/cpu/libc test, with Node's names for the current platform. */
public final class Platform {
  public final String os, cpu, libc;

  public Platform(String os, String cpu, String libc) {
    this.os = os;
    this.cpu = cpu;
    this.libc = libc;
  }

  public static Platform current() {
    String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String os = name.startsWith("linux") ? "linux" : name.startsWith("mac") ? "darwin"
        : name.startsWith("windows") ? "win32" : name.contains("freebsd") ? "freebsd" : name;
    String arch = System.getProperty("os.arch");
    String cpu = switch (arch) {
      case "amd64", "x86_64" -> "x64";
      case "aarch64" -> "arm64";
      case "x86", "i386" -> "ia32";
      default -> arch;
    };
    String libc = null;
    if (os.equals("linux")) {
      boolean musl = false;
      try (var s = Files.list(Path.of("/lib"))) {
        musl = s.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl-"));
      } catch (Exception e) {
        musl = false;
      }
      libc = musl ? "musl" : "glibc";
    }
    return new Platform(os, cpu, libc);
  }

  /** True when the manifest's os/cpu/libc lists allow this platform. */
  public boolean allows(Map<String, Object> pkg) {
    return allowed(pkg.get("os"), os) && allowed(pkg.get("cpu"), cpu)
        && (libc == null || allowed(pkg.get("libc"), libc));
  }

  /** ["linux", "!win32"]: a negation blocks; any positive entry must match. */
  static boolean allowed(Object spec, String value) {
    List<?> list = spec instanceof List<?> l ? l : spec instanceof String s ? List.of(s) : null;
    if (list == null || list.isEmpty()) return true;
    boolean anyPositive = false, matched = false;
    for (Object o : list) {
      String s = String.valueOf(o);
      if (s.startsWith("!")) {
        if (s.substring(1).equals(value)) return false;
      } else {
        anyPositive = true;
        if (s.equals(value) || s.equals("any")) matched = true;
      }
    }
    return !anyPositive || matched;
  }

  @Override
  public String toString() { return os + "/" + cpu + (libc == null ? "" : "/" + libc); }
}
