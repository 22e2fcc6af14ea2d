package kz.onelink.sdk;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;

/** Reads the JSON fixtures under src/test/resources/fixtures, taken from the server contract. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * An app's own Gson that writes nulls, with the SDK's models: a key left unset must still be left
   * out, since for the server an explicit null clears what a missing key keeps.
   */
  public static Gson gsonWritingNulls() {
    return new GsonBuilder()
        .serializeNulls()
        .registerTypeAdapterFactory(OneLinkJson.typeAdapterFactory())
        .create();
  }

  public static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(readAll(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static MockResponse json(int status, String fixture) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(read(fixture));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
