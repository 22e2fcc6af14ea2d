package kz.onelink.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from a resource the build fills in, for the User-Agent header. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream("sdk.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": the version only decorates the User-Agent.
    }
    return properties.getProperty("version", "unknown");
  }
}
