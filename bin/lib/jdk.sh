# Shared by bin/* scripts: print the path of a java binary from a JDK >= 25
# (JAVA_HOME first, then /usr/lib/jvm/*); the machine's default java may be older.
# Maven itself (guava) trips JDK 25's Unsafe warnings; keep them off the console.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

node4j_java_major() {
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
