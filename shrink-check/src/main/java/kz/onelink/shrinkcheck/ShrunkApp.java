package kz.onelink.shrinkcheck;

import java.time.OffsetDateTime;
import java.util.List;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.AppointmentStatus;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import kz.onelink.sdk.params.ListAppointmentsParams;
import kz.onelink.sdk.rx.RxOneLinkClient;

/**
 * A minimal consumer app, shrunk and obfuscated by ProGuard with only the rules the SDK and its
 * dependencies ship, then run against the sandbox: what R8 does to an Android app.
 *
 * <p>Arguments: base URL, token, account id, resource id, service id, slot start (ISO-8601).
 */
public final class ShrunkApp {
  private ShrunkApp() {}

  public static void main(String[] args) {
    OneLinkClient client = OneLinkClient.builder().baseUrl(args[0]).apiAccessToken(args[1]).build();
    long account = Long.parseLong(args[2]);
    long resource = Long.parseLong(args[3]);
    long service = Long.parseLong(args[4]);
    OffsetDateTime slot = OffsetDateTime.parse(args[5]);

    Appointment created =
        client
            .appointments()
            .create(
                account,
                new AppointmentCreateRequest()
                    .resourceId(resource)
                    .serviceId(service)
                    .startsAt(slot)
                    .endsAt(slot.plusMinutes(30))
                    .clientName("Shrunk App"));
    Appointment read = client.appointments().get(account, created.getId());
    List<Appointment> listed =
        client
            .appointments()
            .list(
                account,
                ListAppointmentsParams.builder().status(AppointmentStatus.SCHEDULED).build());
    Appointment updated =
        client
            .appointments()
            .update(
                account,
                created.getId(),
                new AppointmentUpdateRequest().clientComment(null).durationMin(45));
    Appointment cancelled =
        RxOneLinkClient.create(client)
            .appointments()
            .cancel(account, created.getId())
            .blockingGet();
    String notFound;
    try {
      client.appointments().get(account, 987654321L);
      notFound = "no error";
    } catch (NotFoundException e) {
      notFound = e.getClass().getSimpleName().isEmpty() ? "?" : "404 " + e.serverMessage();
    }

    boolean ok =
        read.equals(created)
            && listed.size() == 1
            && updated.getDurationMin() == 45
            && cancelled.getStatus() == AppointmentStatus.CANCELLED
            && "404 Resource could not be found".equals(notFound);
    System.out.println(
        (ok ? "OK " : "FAILED ")
            + created.getStartsAt()
            + " "
            + read.getServiceNameSnapshot()
            + " "
            + listed.size()
            + " "
            + updated.getDurationMin()
            + " "
            + cancelled.getStatus().asString()
            + " "
            + notFound);
    if (!ok) {
      System.exit(1);
    }
  }
}
