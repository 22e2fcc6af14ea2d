package kz.onelink.samples;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.CalendarSlot;

/** Prints appointments the way a person reads them: Almaty time, tenge, no personal data. */
final class Format {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private Format() {}

  static String service(Plan plan) {
    return String.format(
        Locale.ROOT,
        "#%d %s, %d min",
        plan.service.getId(),
        plan.service.getName(),
        plan.service.getDurationMin());
  }

  static String resource(Plan plan) {
    return String.format(
        Locale.ROOT,
        "#%d %s, %s KZT",
        plan.resource.getId(),
        plan.resource.getName(),
        money(plan.price));
  }

  static String slots(List<CalendarSlot> slots) {
    if (slots.isEmpty()) {
      return "no free slot that day";
    }
    CalendarSlot first = slots.get(0);
    return String.format(
        Locale.ROOT,
        "%d free slots on %s, the first %s–%s",
        slots.size(),
        DAY.format(first.getStartsAt().atZoneSameInstant(SampleSetup.ALMATY)),
        TIME.format(first.getStartsAt().atZoneSameInstant(SampleSetup.ALMATY)),
        TIME.format(first.getEndsAt().atZoneSameInstant(SampleSetup.ALMATY)));
  }

  private static String money(long amount) {
    return String.format(Locale.ROOT, "%,d", amount).replace(',', ' ');
  }

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
        money(a.getServiceAmount()),
        a.getPaymentStatus() == null ? "payment n/a" : "payment " + a.getPaymentStatus());
  }
}
