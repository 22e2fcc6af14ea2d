package kz.onelink.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP server on 127.0.0.1 answering with fixed bytes, run in its own JVM so that JMH's
 * allocation profiler ({@code -prof gc}, which counts every thread of the JVM) sees the client's
 * allocations only. It is the JDK's own server: no mock-server bookkeeping per request.
 */
final class LocalServer implements AutoCloseable {
  static final String ONE = "/api/v1/accounts/17/scheduling/appointments/4812";
  static final String LIST = "/api/v1/accounts/17/scheduling/appointments";

  private final Process process;
  private final int port;

  LocalServer() {
    try {
      process =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Dsun.net.httpserver.nodelay=true",
                  "-cp",
                  System.getProperty("java.class.path"),
                  LocalServer.class.getName())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      port = Integer.parseInt(out.readLine().trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  @Override
  public void close() {
    process.destroy();
  }

  /** The server process: prints its port, then serves until killed. */
  public static void main(String[] args) throws IOException {
    byte[] one = Payloads.one();
    byte[] list = Payloads.list();
    // Without TCP_NODELAY (-Dsun.net.httpserver.nodelay=true) each response waits ~40 ms on the
    // client's delayed ACK.
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestURI().getPath().equals(ONE) ? one : list;
          exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();
  }
}
