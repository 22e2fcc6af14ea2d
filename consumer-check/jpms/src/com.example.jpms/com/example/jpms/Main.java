package com.example.jpms;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.rx.RxOneLinkClient;
import kz.onelink.sdk.testing.OneLinkSandbox;

/** Books and cancels an appointment against the sandbox on 127.0.0.1, the SDK on the module path. */
public final class Main {
  public static void main(String[] args) {
    try (OneLinkSandbox sandbox = OneLinkSandbox.start()) {
      OneLinkClient client = OneLinkClient.builder()
          .baseUrl(sandbox.baseUrl())
          .apiAccessToken(sandbox.apiAccessToken())
          .build();
      OffsetDateTime slot = sandbox.nextWorkingDayAt(LocalTime.of(11, 0));
      Appointment booked = client.appointments().create(OneLinkSandbox.ACCOUNT_ID,
          new AppointmentCreateRequest()
              .resourceId(OneLinkSandbox.RESOURCE_ID)
              .serviceId(OneLinkSandbox.SERVICE_ID)
              .startsAt(slot)
              .endsAt(slot.plusMinutes(30))
              .clientName("JPMS"));
      Appointment cancelled = RxOneLinkClient.create(client).appointments()
          .cancel(OneLinkSandbox.ACCOUNT_ID, booked.getId()).blockingGet();
      System.out.println("JPMS consumer: booked #" + booked.getId() + ", " + cancelled.getStatus()
          + ", from module " + OneLinkClient.class.getModule().getName());
    }
  }
}
