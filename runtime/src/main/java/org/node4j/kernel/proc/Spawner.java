package org.node4j.kernel.proc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a child process with posix_spawn (glibc's is vfork-based: cheap from a big JVM, and
 * safe from a multi-threaded one), the way libuv's uv_spawn sets a child up: each stdio slot
 * is a new socketpair end, /dev/null, or an fd of ours; every other fd is closed in the child;
 * signal mask and dispositions are reset; detached children get their own session; the
 * working directory is changed in the child. The executable is looked up on the child's PATH
 * here (as execvp would in the child) so a missing command is ENOENT before anything starts.
 */
public final class Spawner {
  /** A stdio slot: a new socketpair (the parent keeps one end). */
  public static final int PIPE = -1;
  /** A stdio slot: /dev/null. */
  public static final int IGNORE = -2;

  /** The child's pid and, per stdio slot, the parent's end of its pipe (-1 when not a pipe); or an error. */
  public record Result(int pid, int error, int[] parentFds) {
    static Result failed(int errno) {
      return new Result(0, errno, null);
    }
  }

  private Spawner() {}

  /**
   * @param stdio per child fd: {@link #PIPE}, {@link #IGNORE} or an fd of this process to pass on
   * @param nonBlockingParentEnds make the parent's pipe ends non-blocking (for an event loop)
   * @param uid, gid -1 to keep ours
   */
  public static Result spawn(String file, List<String> args, List<String> env, String cwd, int[] stdio,
      boolean detached, int uid, int gid, boolean nonBlockingParentEnds) {
    String path = resolve(file, env, cwd);
    if (path.startsWith("-")) return Result.failed(Integer.parseInt(path.substring(1)));
    List<String> argv = new ArrayList<>(args);
    if (argv.isEmpty()) argv.add(file);
    if ((uid >= 0 && uid != org.node4j.kernel.Libc.getuid()) || (gid >= 0 && gid != org.node4j.kernel.Libc.getgid())) {
      // posix_spawn cannot change ids; setpriv execs in place, so the pid is still the child's
      if (org.node4j.kernel.Libc.geteuid() != 0) return Result.failed(1); // EPERM, as setuid(2) would
      List<String> wrapped = new ArrayList<>(List.of("/usr/bin/setpriv"));
      if (uid >= 0) wrapped.add("--reuid=" + uid);
      if (gid >= 0) wrapped.add("--regid=" + gid);
      wrapped.add("--clear-groups");
      wrapped.add("--");
      wrapped.add(path);
      wrapped.addAll(argv.subList(1, argv.size()));
      argv = wrapped;
      path = "/usr/bin/setpriv";
    }
    int n = stdio.length;
    int[] parentFds = new int[n];
    java.util.Arrays.fill(parentFds, -1);
    List<Integer> toClose = new ArrayList<>(); // our copies of the child's ends
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment fa = arena.allocate(256, 16);
      MemorySegment attr = arena.allocate(512, 16);
      ProcLibc.faInit(fa);
      ProcLibc.attrInit(attr);
      try {
        MemorySegment devnull = arena.allocateFrom("/dev/null");
        for (int i = 0; i < n; i++) {
          int src;
          if (stdio[i] == IGNORE) {
            ProcLibc.faOpen(fa, i, devnull, i == 0 ? ProcLibc.O_RDONLY : ProcLibc.O_RDWR);
            continue;
          } else if (stdio[i] == PIPE) {
            int[] pair = new int[2];
            int rc = ProcLibc.socketpair(pair);
            if (rc < 0) return cleanup(-rc, parentFds, toClose);
            parentFds[i] = pair[0];
            toClose.add(pair[1]);
            if (nonBlockingParentEnds) ProcLibc.setNonBlocking(pair[0]);
            src = pair[1];
          } else {
            src = stdio[i];
          }
          // A copy above every target slot, so no dup2 below overwrites a source still needed.
          int tmp = ProcLibc.fcntl(src, ProcLibc.F_DUPFD_CLOEXEC, n);
          if (tmp < 0) return cleanup(-tmp, parentFds, toClose);
          toClose.add(tmp);
          ProcLibc.faDup2(fa, tmp, i);
        }
        ProcLibc.faCloseFrom(fa, n);
        if (cwd != null) ProcLibc.faChdir(fa, arena.allocateFrom(cwd));
        MemorySegment none = arena.allocate(128, 8);
        MemorySegment all = arena.allocate(128, 8);
        ProcLibc.sigemptyset(none);
        ProcLibc.sigfillset(all);
        ProcLibc.attrSigmask(attr, none);
        ProcLibc.attrSigdefault(attr, all);
        int flags = ProcLibc.POSIX_SPAWN_SETSIGMASK | ProcLibc.POSIX_SPAWN_SETSIGDEF;
        if (detached) flags |= ProcLibc.POSIX_SPAWN_SETSID;
        ProcLibc.attrFlags(attr, flags);
        MemorySegment pid = arena.allocate(4);
        int rc = ProcLibc.posixSpawn(pid, arena.allocateFrom(path), fa, attr, cstrings(arena, argv),
            cstrings(arena, env));
        if (rc != 0) return cleanup(rc, parentFds, toClose);
        for (int fd : toClose) ProcLibc.close(fd);
        return new Result(pid.get(ValueLayout.JAVA_INT, 0), 0, parentFds);
      } finally {
        ProcLibc.faDestroy(fa);
        ProcLibc.attrDestroy(attr);
      }
    }
  }

  private static Result cleanup(int errno, int[] parentFds, List<Integer> toClose) {
    for (int fd : toClose) ProcLibc.close(fd);
    for (int fd : parentFds) if (fd >= 0) ProcLibc.close(fd);
    return Result.failed(errno);
  }

  private static MemorySegment cstrings(Arena arena, List<String> strings) {
    MemorySegment arr = arena.allocate(ValueLayout.ADDRESS, strings.size() + 1L);
    for (int i = 0; i < strings.size(); i++) {
      byte[] b = strings.get(i).getBytes(StandardCharsets.UTF_8);
      MemorySegment s = arena.allocate(b.length + 1L);
      MemorySegment.copy(b, 0, s, ValueLayout.JAVA_BYTE, 0, b.length);
      arr.setAtIndex(ValueLayout.ADDRESS, i, s);
    }
    arr.setAtIndex(ValueLayout.ADDRESS, strings.size(), MemorySegment.NULL);
    return arr;
  }

  /**
   * The path execvp would run: {@code file} itself when it has a slash (relative to the child's
   * cwd), else the first executable match on the child's PATH. "-errno" when there is none.
   */
  static String resolve(String file, List<String> env, String cwd) {
    Path base = Path.of(cwd == null ? "." : cwd);
    if (file.isEmpty()) return "-2";
    if (file.indexOf('/') >= 0) return base.resolve(file).toString();
    String pathVar = "/usr/local/bin:/usr/bin:/bin";
    for (String e : env) {
      if (e.startsWith("PATH=")) {
        pathVar = e.substring(5);
        break;
      }
    }
    boolean denied = false;
    for (String dir : pathVar.split(":", -1)) {
      Path p = base.resolve(dir.isEmpty() ? "." : dir).resolve(file);
      if (Files.isRegularFile(p)) {
        if (Files.isExecutable(p)) return p.toString();
        denied = true;
      }
    }
    return denied ? "-13" : "-2";
  }

  /** Sends {@code sig} to {@code pid}: 0 or -errno. */
  public static int kill(int pid, int sig) {
    return ProcLibc.kill(pid, sig);
  }

  public static void close(int fd) {
    ProcLibc.close(fd);
  }

  /** O_NONBLOCK on an fd an event loop will own: 0 or -errno. */
  public static int setNonBlocking(int fd) {
    return ProcLibc.setNonBlocking(fd);
  }
}
