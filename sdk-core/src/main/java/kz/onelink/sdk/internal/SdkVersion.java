package kz.onelink.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK's version, from a resource the build fills in, for the User-Agent header. The path is
 * absolute so it still resolves when R8 repackages this class.
 */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream("/kz/onelink/sdk/internal/sdk.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": the version only decorates the User-Agent.
    }
    return properties.getProperty("version", "unknown");
  }
}
