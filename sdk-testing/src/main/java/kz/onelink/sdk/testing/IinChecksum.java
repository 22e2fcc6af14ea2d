package kz.onelink.sdk.testing;

/**
 * {@code client_identifier}, whoever gave it (the request or the linked contact: review S22), is
 * checked as the server's {@code IinValidator.validate!} does ({@code
 * iin_validator.rb@e9defc735aef}): holding exactly 12 digits once non-digits are stripped, it must
 * pass the IIN checksum (422 {@code INVALID_IIN}) and is stored as those digits; anything else is
 * stored stripped.
 */
final class IinChecksum implements WriteRule {
  private final String key;

  IinChecksum(String key) {
    this.key = key;
  }

  @Override
  public void apply(Write write) {
    String identifier = write.text(key);
    if (identifier != null) {
      write.set(key, Iin.normalize(identifier));
    }
  }
}
