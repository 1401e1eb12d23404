# Shared by bin/* scripts: print the path of a java binary from a JDK >= 25
# (JAVA_HOME first, then /usr/lib/jvm/*); the machine's default java may be older.
# Maven itself (guava) trips JDK 25's Unsafe warnings; keep them off the console.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

# The JDK's release file says its version without starting a JVM (each start costs ~0.1 s of
# CPU on every node4j launch); a java without one is asked.
node4j_java_major() {
  local release v
  release="$(dirname "$(dirname "$1")")/release"
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null | head -1)"
  if [ -n "$v" ]; then echo "$v"; return 0; fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
node4j_find_java() {
  local c major
  for c in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java; do
    [ -x "$c" ] || continue
    major="$(node4j_java_major "$c")"
    case "$major" in ''|*[!0-9]*) continue ;; esac
    if [ "$major" -ge 25 ]; then echo "$c"; return 0; fi
  done
  echo "node4j: no JDK >= 25 found (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  return 1
}
