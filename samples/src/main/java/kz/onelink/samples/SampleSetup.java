package kz.onelink.samples;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.testing.OneLinkSandbox;
import org.jspecify.annotations.Nullable;

/**
 * Where the samples run: the real server when {@code ONELINK_API_TOKEN} is set, otherwise an
 * embedded sandbox on 127.0.0.1 with seed data.
 *
 * <p>For the real server also set {@code ONELINK_ACCOUNT_ID}, {@code ONELINK_RESOURCE_ID} and
 * {@code ONELINK_SERVICE_ID} (and {@code ONELINK_BASE_URL} for a server other than one-link.kz).
 * The walkthrough books and then cancels one appointment there.
 */
final class SampleSetup implements AutoCloseable {
  static final ZoneOffset ALMATY = ZoneOffset.ofHours(5);

  final OneLinkClient client;
  final long accountId;
  final long resourceId;
  final long serviceId;
  final OffsetDateTime slot;
  private final @Nullable OneLinkSandbox sandbox;

  private SampleSetup(
      OneLinkClient client,
      long accountId,
      long resourceId,
      long serviceId,
      OffsetDateTime slot,
      @Nullable OneLinkSandbox sandbox) {
    this.client = client;
    this.accountId = accountId;
    this.resourceId = resourceId;
    this.serviceId = serviceId;
    this.slot = slot;
    this.sandbox = sandbox;
  }

  static SampleSetup fromEnvironment(PrintStream out) {
    String token = System.getenv(OneLinkClient.TOKEN_ENV);
    if (token == null || token.trim().isEmpty()) {
      return sandbox(out);
    }
    OneLinkClient client = OneLinkClient.fromEnv();
    out.println("Running against " + client.baseUrl() + ".");
    return new SampleSetup(
        client,
        required("ONELINK_ACCOUNT_ID"),
        required("ONELINK_RESOURCE_ID"),
        required("ONELINK_SERVICE_ID"),
        nextWeekdayAt(LocalTime.of(10, 0)),
        null);
  }

  /** An embedded sandbox on 127.0.0.1, whatever the environment says. */
  static SampleSetup sandbox(PrintStream out) {
    OneLinkSandbox sandbox = OneLinkSandbox.start();
    out.println(
        "Running against the embedded sandbox at "
            + sandbox.baseUrl()
            + " (set ONELINK_API_TOKEN to use the real server).");
    OneLinkClient client =
        OneLinkClient.builder()
            .baseUrl(sandbox.baseUrl())
            .apiAccessToken(sandbox.apiAccessToken())
            .build();
    return new SampleSetup(
        client,
        OneLinkSandbox.ACCOUNT_ID,
        OneLinkSandbox.RESOURCE_ID,
        OneLinkSandbox.SERVICE_ID,
        sandbox.nextWorkingDayAt(LocalTime.of(10, 0)),
        sandbox);
  }

  private static long required(String name) {
    String value = System.getenv(name);
    if (value == null || !value.trim().matches("[0-9]+")) {
      throw new IllegalStateException(
          "Set " + name + " (a numeric id) to run the samples against the real server");
    }
    return Long.parseLong(value.trim());
  }

  private static OffsetDateTime nextWeekdayAt(LocalTime time) {
    LocalDate day = LocalDate.now(ALMATY).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day.atTime(time).atOffset(ALMATY).withOffsetSameInstant(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
