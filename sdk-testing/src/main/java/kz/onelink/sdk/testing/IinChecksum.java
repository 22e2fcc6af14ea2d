package kz.onelink.sdk.testing;

/**
 * {@code client_identifier} holding exactly 12 digits (once non-digits are stripped) is an IIN: it
 * must pass the checksum (422 {@code INVALID_IIN}) and is stored as those digits ({@code
 * iin_validator.rb}).
 */
final class IinChecksum implements WriteRule {
  private final String key;

  IinChecksum(String key) {
    this.key = key;
  }

  @Override
  public void apply(Write write) {
    String identifier = write.text(key);
    if (write.sent(key) && identifier != null) {
      write.set(key, Iin.normalize(identifier));
    }
  }
}
