# Shared by bin/node4j: start-up support. Two things make a node4j process start about twice
# as fast, and both need the Graal JIT on the *module path* instead of --upgrade-module-path
# (the JDK refuses AOT caches together with --upgrade-module-path):
#  - a jlinked copy of the JDK without its own jdk.graal.compiler module (which does not
#    provide a JVMCI compiler and would shadow ours), so the compiler jars can be plain modules
#    (jlink cannot copy itself out of a JDK without jmods; incubator modules would warn);
#  - a JDK 25 AOT cache (classes loaded and linked, method profiles) recorded by one training run.
# Everything lives under runtime/target and is rebuilt when the JDK or the jars change. When
# any step fails (a JDK that cannot jlink, say) node4j runs as before, only slower to start.

# node4j_image JAVA DIR: prints DIR/bin/java, creating the image first when needed.
node4j_image() {
  local java="$1" dir="$2" home stamp mods
  home="$(dirname "$(dirname "$java")")"
  # Which JDK, identified without starting it: its release file and its module image.
  stamp="$home $(tr '\n' ' ' < "$home/release" 2>/dev/null) $(stat -c '%Y-%s' "$home/lib/modules" 2>/dev/null)"
  if [ -x "$dir/bin/java" ] && [ "$(cat "$dir.stamp" 2>/dev/null)" = "$stamp" ]; then
    echo "$dir/bin/java"; return 0
  fi
  mkdir -p "$(dirname "$dir")"
  (
    flock 9 # node4j processes started together must not build the image over each other
    [ -x "$dir/bin/java" ] && [ "$(cat "$dir.stamp" 2>/dev/null)" = "$stamp" ] && exit 0
    rm -rf "$dir" "$dir.tmp" "$dir.stamp"
    mods="$("$java" --list-modules | sed 's/@.*//' | grep -Ev '^jdk\.(graal\.compiler|jlink|jpackage|incubator)' | paste -sd, -)"
    "$home/bin/jlink" --add-modules "$mods" --output "$dir.tmp" --strip-debug --no-header-files \
      --no-man-pages >/dev/null 2>&1 || { rm -rf "$dir.tmp"; exit 1; }
    mv "$dir.tmp" "$dir" && echo "$stamp" > "$dir.stamp"
  ) 9> "$dir.lock" && echo "$dir/bin/java"
}

# node4j_train_aot CACHE TRAINING_SCRIPT JAVA [JVM args...]:
# records the AOT cache in the background by running the training script once with exactly
# the JVM arguments later runs use (the JDK only accepts a cache created with the same class
# path, module options and GC). The program that asked runs at once, without the cache; one
# recording at a time, whoever else starts meanwhile skips it.
node4j_train_aot() {
  local cache="$1" script="$2"
  shift 2
  mkdir -p "$(dirname "$cache")"
  (
    flock -n 9 || exit 0
    rm -f "$(dirname "$cache")"/*.aot "$(dirname "$cache")"/*.aot.tmp* # older jars' caches, killed runs' remains
    cd "$(dirname "$cache")" && "$@" -XX:AOTCacheOutput="$cache.tmp" -Xlog:aot=off -Xlog:cds=off \
      org.node4j.cli.Main "$script" && [ -f "$cache.tmp" ] && mv "$cache.tmp" "$cache"
    rm -f "$cache.tmp" "$cache.tmp.config"
  ) 9> "$(dirname "$cache")/.lock" </dev/null >/dev/null 2>&1 &
}
