package org.node4j.pm.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.node4j.pm.PmException;

/**
 * npm's configuration, layered like @npmcli/config: command-line flags, then npm_config_* env,
 * then the project .npmrc, the user .npmrc, the global npmrc and npm's own builtin npmrc.
 * The default registry is never written in our code: it is read from the installed npm.
 */
public final class NpmConfig {
  /** Where a value came from, for {@code config list}. */
  public record Layer(String name, Path file, Map<String, String> values) {}

  private final List<Layer> layers;
  private final Map<String, String> env;

  private NpmConfig(List<Layer> layers, Map<String, String> env) {
    this.layers = layers;
    this.env = env;
  }

  /** Loads every layer. {@code cli} holds flags already normalized to config keys. */
  public static NpmConfig load(Path projectDir, Map<String, String> cli, Map<String, String> env) {
    List<Layer> layers = new ArrayList<>();
    layers.add(new Layer("cli", null, new LinkedHashMap<>(cli)));
    Map<String, String> envVals = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : env.entrySet()) {
      String k = e.getKey();
      if (k.regionMatches(true, 0, "npm_config_", 0, 11) && k.length() > 11) {
        String key = k.substring(11);
        // npm lower-cases env keys and turns _ into -, except for the //host/:_authToken form.
        if (!key.startsWith("//")) key = key.toLowerCase(Locale.ROOT).replace('_', '-');
        envVals.put(key, e.getValue());
      }
    }
    layers.add(new Layer("env", null, envVals));
    Path project = projectDir == null ? null : projectDir.resolve(".npmrc");
    layers.add(fileLayer("project", project, env));
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    String userRc = first(cli.get("userconfig"), envVals.get("userconfig"));
    Path user = userRc != null ? Path.of(userRc) : Path.of(home, ".npmrc");
    layers.add(fileLayer("user", user, env));
    Path npmDir = NpmInstall.find(env);
    String globalRc = first(cli.get("globalconfig"), envVals.get("globalconfig"));
    Path global = globalRc != null ? Path.of(globalRc) : NpmInstall.globalConfig(env, npmDir);
    layers.add(fileLayer("global", global, env));
    layers.add(fileLayer("builtin", npmDir == null ? null : npmDir.resolve("npmrc"), env));
    return new NpmConfig(layers, env);
  }

  private static String first(String a, String b) { return a != null ? a : b; }

  private static Layer fileLayer(String name, Path file, Map<String, String> env) {
    Map<String, String> vals = new LinkedHashMap<>();
    if (file != null && Files.isRegularFile(file)) {
      try {
        vals = parseIni(Files.readString(file), env);
      } catch (IOException e) {
        throw new PmException("EACCES", "could not read " + file + ": " + e.getMessage());
      }
    }
    return new Layer(name, file, vals);
  }

  private static final Pattern ENV_REF = Pattern.compile("(\\\\*)\\$\\{([^${}?]+)(\\?)?}");

  /** The ini subset npm reads: key=value lines, ; and # comments, quotes, ${ENV} expansion. */
  public static Map<String, String> parseIni(String text, Map<String, String> env) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : text.split("\r?\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith(";") || t.startsWith("#") || t.startsWith("[")) continue;
      int eq = t.indexOf('=');
      String k = (eq < 0 ? t : t.substring(0, eq)).strip();
      String v = eq < 0 ? "true" : t.substring(eq + 1).strip();
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
        v = v.substring(1, v.length() - 1);
      }
      k = expand(k, env);
      v = expand(v, env);
      if (k.endsWith("[]")) {
        k = k.substring(0, k.length() - 2);
        String prev = out.get(k);
        v = prev == null ? v : prev + "\n" + v;
      }
      out.put(k, v);
    }
    return out;
  }

  static String expand(String s, Map<String, String> env) {
    Matcher m = ENV_REF.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String esc = m.group(1);
      String rep;
      if (esc.length() % 2 == 1) {
        rep = esc.substring(1) + m.group(0).substring(esc.length());
      } else {
        String val = env.get(m.group(2));
        if (val == null && m.group(3) == null) {
          throw new PmException("EINVALIDCONFIG", "Failed to replace env in config: ${" + m.group(2) + "}");
        }
        rep = esc + (val == null ? "" : val);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(rep));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The first layer's value for key, or null. */
  public String get(String key) {
    for (Layer l : layers) {
      String v = l.values.get(key);
      if (v != null) return v;
    }
    return null;
  }

  public String get(String key, String dflt) {
    String v = get(key);
    return v == null ? dflt : v;
  }

  public boolean flag(String key, boolean dflt) {
    String v = get(key);
    if (v == null) return dflt;
    return !(v.isEmpty() || v.equals("false") || v.equals("0") || v.equals("null"));
  }

  public int integer(String key, int dflt) {
    String v = get(key);
    try {
      return v == null ? dflt : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  public List<Layer> layers() { return layers; }

  public Map<String, String> env() { return env; }

  /** The registry for a package name: @scope:registry first, then registry, then npm's default. */
  public String registryFor(String pkgName) {
    if (pkgName != null && pkgName.startsWith("@")) {
      int slash = pkgName.indexOf('/');
      if (slash > 0) {
        String scoped = get(pkgName.substring(0, slash) + ":registry");
        if (scoped != null) return withSlash(scoped);
      }
    }
    return registry();
  }

  public String registry() {
    String r = get("registry");
    if (r == null) r = NpmInstall.defaultRegistry(env);
    if (r == null) {
      throw new PmException("ENOREGISTRY",
          "No registry configured: set `registry` in .npmrc or npm_config_registry "
              + "(no installed npm was found to read its default from)");
    }
    return withSlash(r);
  }

  private static String withSlash(String u) { return u.endsWith("/") ? u : u + "/"; }

  /**
   * Credentials for a URL, found like npm: the longest "//host[:port]/path/:" prefix of the URL
   * that has _authToken, _auth or username+_password in config.
   */
  public String authorizationFor(String url) {
    String nerf = nerfDart(url);
    while (nerf != null) {
      String token = get(nerf + ":_authToken");
      if (token != null) return "Bearer " + token;
      String auth = get(nerf + ":_auth");
      if (auth != null) return "Basic " + auth;
      String user = get(nerf + ":username");
      String pass = get(nerf + ":_password");
      if (user != null && pass != null) {
        String decoded = new String(java.util.Base64.getDecoder().decode(pass), java.nio.charset.StandardCharsets.UTF_8);
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
            (user + ":" + decoded).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      nerf = parentNerf(nerf);
    }
    return null;
  }

  /** "https://host:8080/a/b?x" -> "//host:8080/a/" (npm's nerf-dart: the URL's directory). */
  public static String nerfDart(String url) {
    try {
      java.net.URI u = java.net.URI.create(url);
      if (u.getHost() == null) return null;
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      path = path.substring(0, path.lastIndexOf('/') + 1);
      return "//" + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "") + path;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String parentNerf(String nerf) {
    String body = nerf.substring(0, nerf.length() - 1);
    int slash = body.lastIndexOf('/');
    if (slash <= 1) return null;
    return body.substring(0, slash + 1);
  }
}
