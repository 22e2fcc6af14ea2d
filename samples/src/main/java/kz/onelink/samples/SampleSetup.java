package kz.onelink.samples;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.testing.OneLinkSandbox;
import org.jspecify.annotations.Nullable;

/**
 * Where the samples run: the real server when {@code ONELINK_API_TOKEN} is set, otherwise an
 * embedded sandbox on 127.0.0.1 with seed data.
 *
 * <p>For the real server also set {@code ONELINK_ACCOUNT_ID} (and {@code ONELINK_BASE_URL} for a
 * server other than one-link.kz); {@code ONELINK_SERVICE_ID} and {@code ONELINK_RESOURCE_ID} pick
 * what to book instead of the first service and resource that fit. The walkthrough books one
 * appointment there, moves it and cancels it.
 */
final class SampleSetup implements AutoCloseable {
  static final ZoneOffset ALMATY = ZoneOffset.ofHours(5);

  final OneLinkClient client;
  final long accountId;

  /** The day to book on, in Almaty: the next working day. */
  final LocalDate day;

  final @Nullable Long serviceId;
  final @Nullable Long resourceId;
  private final @Nullable OneLinkSandbox sandbox;

  private SampleSetup(
      OneLinkClient client,
      long accountId,
      LocalDate day,
      @Nullable Long serviceId,
      @Nullable Long resourceId,
      @Nullable OneLinkSandbox sandbox) {
    this.client = client;
    this.accountId = accountId;
    this.day = day;
    this.serviceId = serviceId;
    this.resourceId = resourceId;
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
        nextWeekday(),
        optional("ONELINK_SERVICE_ID"),
        optional("ONELINK_RESOURCE_ID"),
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
    LocalDate day =
        sandbox.nextWorkingDayAt(LocalTime.NOON).atZoneSameInstant(ALMATY).toLocalDate();
    return new SampleSetup(client, OneLinkSandbox.ACCOUNT_ID, day, null, null, sandbox);
  }

  private static long required(String name) {
    Long value = optional(name);
    if (value == null) {
      throw new IllegalStateException(
          "Set " + name + " (a numeric id) to run the samples against the real server");
    }
    return value;
  }

  private static @Nullable Long optional(String name) {
    String value = System.getenv(name);
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    if (!value.trim().matches("[0-9]+")) {
      throw new IllegalStateException(name + " must be a numeric id");
    }
    return Long.parseLong(value.trim());
  }

  private static LocalDate nextWeekday() {
    LocalDate day = LocalDate.now(ALMATY).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
