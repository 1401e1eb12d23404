import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.node4j.Node4j;
import org.node4j.Node4jRuntime;

/**
 * A plain Java HTTP service (the JDK's HttpServer, no framework) that server-side-renders a
 * React component on each request: the JDK's threads take requests, one node4j runtime
 * renders, and each request waits for its CompletableFuture.
 *
 * Run with examples/java-embedding/run [port] (port 0 picks a free one).
 */
public final class SsrServer {
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    Path dir = Path.of(System.getProperty("example.dir", ".")).toAbsolutePath();
    Node4jRuntime node = Node4j.builder().cwd(dir).build().start();
    AtomicInteger visits = new AtomicInteger();

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> {
      byte[] body;
      int status = 200;
      try {
        Object html = node.call("./render.js", "render", Map.of(
            "path", exchange.getRequestURI().getPath(),
            "visits", visits.incrementAndGet(),
            "renderedBy", Thread.currentThread().getName())).get();
        body = ((String) html).getBytes(StandardCharsets.UTF_8);
      } catch (Exception e) {
        status = 500;
        body = ("render failed: " + e.getCause()).getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", status == 200 ? "text/html; charset=utf-8" : "text/plain");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    System.out.println("listening on http://127.0.0.1:" + server.getAddress().getPort() + "/");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop(0);
      try {
        node.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
  }
}
