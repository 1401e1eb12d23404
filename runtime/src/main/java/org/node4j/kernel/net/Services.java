package org.node4j.kernel.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Port numbers to service names from /etc/services, as getnameinfo does for TCP. */
public final class Services {
  private Services() {}

  public static String name(int port) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/services"))) {
        int hash = line.indexOf('#');
        if (hash >= 0) line = line.substring(0, hash);
        String[] f = line.trim().split("\\s+");
        if (f.length >= 2 && f[1].equals(port + "/tcp")) return f[0];
      }
    } catch (IOException ignored) {
      // no services file: the number itself, as getnameinfo answers
    }
    return Integer.toString(port);
  }
}
