package kz.onelink.sdk.testing;

/**
 * The server's IIN rule for {@code client_identifier} (contract §4): strip non-digits; 12 digits
 * left means an IIN, which must pass the checksum.
 */
final class Iin {
  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private Iin() {}

  /** Returns the value to store, or throws INVALID_IIN for a 12-digit value with a bad checksum. */
  static String normalize(String value) {
    String digits = value.replaceAll("[^0-9]", "");
    if (digits.length() != 12) {
      return value.trim();
    }
    if (!isValid(digits)) {
      throw ApiError.scheduling(422, "INVALID_IIN", "Invalid IIN");
    }
    return digits;
  }

  static boolean isValid(String digits) {
    int check = weightedSum(digits, FIRST_WEIGHTS) % 11;
    if (check == 10) {
      check = weightedSum(digits, SECOND_WEIGHTS) % 11;
    }
    if (check == 10) {
      check = 0;
    }
    return check == digits.charAt(11) - '0';
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
