package kz.onelink.sdk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where the sandbox reads its spec: the packaged openapi.yaml, a file or a URL. */
final class SpecSource {
  /** Where the onelink-scheduling-openapi artifact puts the spec. */
  static final String PACKAGED = "kz/onelink/openapi/openapi.yaml";

  private final String description;
  private final @Nullable Path path;
  private final @Nullable URL url;

  private SpecSource(String description, @Nullable Path path, @Nullable URL url) {
    this.description = description;
    this.path = path;
    this.url = url;
  }

  static SpecSource packaged() {
    URL url = SpecSource.class.getClassLoader().getResource(PACKAGED);
    if (url == null) {
      throw new IllegalStateException(
          PACKAGED + " is not on the classpath: add kz.onelink:onelink-scheduling-openapi");
    }
    return new SpecSource("classpath:" + PACKAGED, null, url);
  }

  static SpecSource of(Path path) {
    return new SpecSource(path.toString(), path, null);
  }

  static SpecSource of(URL url) {
    return new SpecSource(url.toString(), null, url);
  }

  String read() {
    try {
      if (path != null) {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      }
      try (InputStream in = url == null ? null : url.openStream()) {
        if (in == null) {
          throw new IOException("nothing to read");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int n; (n = in.read(buffer)) != -1; ) {
          out.write(buffer, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the spec " + description, e);
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
