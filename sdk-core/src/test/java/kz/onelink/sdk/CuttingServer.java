package kz.onelink.sdk;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that answers each request with the next scripted response and
 * can cut the connection after any byte of its body: the network failures MockWebServer cannot
 * place (it cuts only at the middle of a body). One connection per response; each serves one
 * request and closes.
 */
public final class CuttingServer implements Closeable {
  /** How the body is delimited on the wire. */
  public enum Framing {
    CONTENT_LENGTH,
    CHUNKED,
    /** No length: the body ends when the connection closes (HTTP/1.1 with Connection: close). */
    CLOSE_DELIMITED,
    /** Gzip-encoded, with its Content-Length; OkHttp inflates it transparently. */
    GZIP
  }

  /** How a cut connection ends: a clean close (FIN) or a reset (RST). */
  public enum Cut {
    CLOSE,
    RESET
  }

  /** One scripted response. */
  public static final class Response {
    final int status;
    final String contentType;
    final byte[] body;
    final Framing framing;
    final int cutAfter;
    final Cut cut;

    private Response(
        int status, String contentType, byte[] body, Framing framing, int cutAfter, Cut cut) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.framing = framing;
      this.cutAfter = cutAfter;
      this.cut = cut;
    }

    /** The whole body, delimited as {@code framing} says. */
    public static Response whole(int status, String contentType, byte[] body, Framing framing) {
      return new Response(status, contentType, body, framing, -1, Cut.CLOSE);
    }

    /**
     * The headers, then the first {@code cutAfter} bytes of what carries the body on the wire
     * (chunk headers and gzip bytes included), then {@code cut}.
     */
    public static Response cutAfter(
        int status, String contentType, byte[] body, Framing framing, int cutAfter, Cut cut) {
      return new Response(status, contentType, body, framing, cutAfter, cut);
    }
  }

  private final ServerSocket socket;
  private final BlockingQueue<Response> responses = new LinkedBlockingQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread thread;
  private volatile boolean closed;

  public CuttingServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    thread = new Thread(this::serve, "CuttingServer");
    thread.setDaemon(true);
    thread.start();
  }

  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  public void enqueue(Response response) {
    responses.add(response);
  }

  /** Requests received so far. */
  public int requestCount() {
    return requests.get();
  }

  /** The bytes that carry {@code body} on the wire with {@code framing}, after the headers. */
  public static byte[] wireBody(byte[] body, Framing framing) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (framing) {
        case CHUNKED:
          // Chunks of 300 bytes, so cuts land in chunk headers and inside chunks.
          for (int at = 0; at < body.length; at += 300) {
            int size = Math.min(300, body.length - at);
            out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          break;
        case GZIP:
          try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
          }
          break;
        default:
          out.write(body);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private void serve() {
    while (!closed) {
      try (Socket connection = socket.accept()) {
        connection.setTcpNoDelay(true);
        connection.setSoTimeout(10_000);
        readRequest(connection.getInputStream());
        requests.incrementAndGet();
        Response response = responses.poll(10, TimeUnit.SECONDS);
        if (response == null) {
          continue; // nothing scripted: close without an answer
        }
        respond(connection, response);
      } catch (IOException | InterruptedException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new SocketException("request cut");
      }
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
    }
    long length = 0;
    for (String line : head.toString("ISO-8859-1").split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    for (long i = 0; i < length; i++) {
      if (in.read() < 0) {
        throw new SocketException("request body cut");
      }
    }
  }

  private static void respond(Socket connection, Response response) throws IOException {
    byte[] wire = wireBody(response.body, response.framing);
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status).append(" X\r\n");
    head.append("Content-Type: ").append(response.contentType).append("\r\n");
    switch (response.framing) {
      case CHUNKED:
        head.append("Transfer-Encoding: chunked\r\n");
        break;
      case CLOSE_DELIMITED:
        break;
      case GZIP:
        head.append("Content-Encoding: gzip\r\n");
        head.append("Content-Length: ").append(wire.length).append("\r\n");
        break;
      default:
        head.append("Content-Length: ").append(wire.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    OutputStream out = connection.getOutputStream();
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    int length = response.cutAfter < 0 ? wire.length : Math.min(response.cutAfter, wire.length);
    out.write(wire, 0, length);
    out.flush();
    if (response.cutAfter >= 0 && response.cut == Cut.RESET) {
      connection.setSoLinger(true, 0); // close() now sends RST instead of FIN
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
