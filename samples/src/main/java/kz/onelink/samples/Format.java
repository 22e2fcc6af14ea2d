package kz.onelink.samples;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.onelink.sdk.model.Appointment;

/** Prints appointments the way a person reads them: Almaty time, tenge, no personal data. */
final class Format {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private Format() {}

  static String appointment(Appointment a) {
    return String.format(
        Locale.ROOT,
        "#%d %s, %s %s–%s Almaty, %s, %s KZT (%s)",
        a.getId(),
        a.getStatus(),
        DAY.format(a.getStartsAt().atZoneSameInstant(SampleSetup.ALMATY)),
        TIME.format(a.getStartsAt().atZoneSameInstant(SampleSetup.ALMATY)),
        TIME.format(a.getEndsAt().atZoneSameInstant(SampleSetup.ALMATY)),
        a.getServiceNameSnapshot() == null ? "no service" : a.getServiceNameSnapshot(),
        String.format(Locale.ROOT, "%,d", a.getServiceAmount()).replace(',', ' '),
        a.getPaymentStatus() == null ? "payment n/a" : "payment " + a.getPaymentStatus());
  }
}
