package org.node4j.pm.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.node4j.pm.tar.TarExtractor;

/**
 * The unpacked side of the cache: each verified tarball unpacked once into
 * {@link ContentCache#unpackedDir}, from where installs hard-link the files. Unpacking is shared
 * per integrity within a run, so the resolver can start it as soon as it picks a version
 * (overlapping downloads and unpacking with the rest of resolution) and reify just waits.
 */
public final class UnpackedStore {
  /** Unpacking and linking run on a few platform threads: the work is CPU in the kernel. */
  public static final ExecutorService IO = Executors.newFixedThreadPool(
      Math.max(2, Runtime.getRuntime().availableProcessors() * 2), r -> {
        Thread t = new Thread(r, "npm4j-io");
        t.setDaemon(true);
        return t;
      });

  private final ContentCache cache;
  private final Map<String, CompletableFuture<Path>> inflight = new ConcurrentHashMap<>();

  private volatile boolean stopping;

  public UnpackedStore(ContentCache cache) {
    this.cache = cache;
  }

  /**
   * End of a command: unpacking that has not started is skipped, running work is waited for,
   * so nothing writes into the cache after the command returned (e.g. after a failed resolve).
   */
  public void stop() {
    stopping = true;
  }

  /** Waits for the unpacking started so far (after {@link #stop}, nothing new starts). */
  public void settle() {
    for (CompletableFuture<Path> f : inflight.values()) {
      try {
        f.join();
      } catch (RuntimeException e) {
        // already reported by whoever needed it
      }
    }
  }

  /**
   * The store folder for a tarball, unpacking it first if needed; completes with null when the
   * store cannot be used (no usable integrity, a download or unpack failure — callers then
   * fetch and unpack directly, which reports the error properly).
   */
  public CompletableFuture<Path> ensure(Integrity integrity, Supplier<CompletableFuture<byte[]>> bytes) {
    Path dir = integrity == null ? null : cache.unpackedDir(integrity);
    if (dir == null) return CompletableFuture.completedFuture(null);
    return inflight.computeIfAbsent(dir.toString(), k -> {
      if (Files.isDirectory(dir)) return CompletableFuture.completedFuture(dir);
      CompletableFuture<byte[]> b;
      try {
        b = bytes.get();
      } catch (RuntimeException e) {
        return CompletableFuture.completedFuture(null);
      }
      return b.thenApplyAsync(tgz -> unpack(tgz, dir), IO).exceptionally(e -> null);
    });
  }

  /** Unpacks into a temp folder and renames it into place (a concurrent process may win). */
  private Path unpack(byte[] tgz, Path dir) {
    if (Files.isDirectory(dir)) return dir;
    if (stopping) return null;
    Path tmp = null;
    try {
      tmp = cache.unpackTemp();
      TarExtractor.extract(tgz, tmp);
      Files.createDirectories(dir.getParent());
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // the store only saves time; the caller falls back to unpacking directly
    } finally {
      if (tmp != null) ContentCache.deleteTree(tmp);
    }
    return Files.isDirectory(dir) ? dir : null;
  }
}
