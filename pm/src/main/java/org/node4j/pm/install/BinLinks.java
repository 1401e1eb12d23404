package org.node4j.pm.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.node4j.pm.lock.Lockfile;

/**
 * npm's bin-links: each package bin becomes a relative symlink in the sibling
 * node_modules/.bin folder, and its target is made executable.
 */
public final class BinLinks {
  private BinLinks() {}

  /** @param pkgDir the installed package folder (…/node_modules/name) */
  public static void link(Map<String, Object> pkg, Path pkgDir, Path nodeModulesDir) throws IOException {
    Map<String, Object> bins = Lockfile.normalizeBin(pkg);
    if (bins == null) return;
    Path binDir = nodeModulesDir.resolve(".bin");
    for (Map.Entry<String, Object> e : bins.entrySet()) {
      Path target = pkgDir.resolve((String) e.getValue()).normalize();
      if (!target.startsWith(pkgDir) || !Files.isRegularFile(target)) continue;
      Files.createDirectories(binDir);
      Path link = binDir.resolve(e.getKey());
      if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) Files.delete(link);
      Files.createSymbolicLink(link, binDir.relativize(target));
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
      perms.add(PosixFilePermission.OWNER_EXECUTE);
      perms.add(PosixFilePermission.GROUP_EXECUTE);
      perms.add(PosixFilePermission.OTHERS_EXECUTE);
      Files.setPosixFilePermissions(target, perms);
    }
  }
}
