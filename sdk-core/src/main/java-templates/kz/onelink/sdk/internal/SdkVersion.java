package kz.onelink.sdk.internal;

/**
 * The SDK's version, for the User-Agent header. The build fills it in from this template
 * (src/main/java-templates): a constant costs nothing at start-up and survives R8, where a resource
 * would need a jar lookup and could be stripped.
 */
public final class SdkVersion {
  public static final String VERSION = "${project.version}";

  private SdkVersion() {}
}
