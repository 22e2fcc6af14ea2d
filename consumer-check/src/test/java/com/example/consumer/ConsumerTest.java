package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.AppointmentStatus;
import kz.onelink.sdk.rx.RxOneLinkClient;
import kz.onelink.sdk.testing.OneLinkSandbox;
import kz.onelink.sdk.testing.OneLinkSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An app's test, written against the published SDK and its sandbox. */
class ConsumerTest {
  @RegisterExtension static final OneLinkSandboxExtension SANDBOX = new OneLinkSandboxExtension();

  @Test
  void booksAndCancelsThroughThePublishedSdk(OneLinkSandbox sandbox) {
    OneLinkClient client = OneLinkClient.builder()
        .baseUrl(sandbox.baseUrl())
        .apiAccessToken(sandbox.apiAccessToken())
        .build();
    OffsetDateTime slot = sandbox.nextWorkingDayAt(LocalTime.of(15, 0));

    Appointment booked = client.appointments().create(OneLinkSandbox.ACCOUNT_ID, new AppointmentCreateRequest()
        .resourceId(OneLinkSandbox.RESOURCE_ID)
        .serviceId(OneLinkSandbox.SERVICE_ID)
        .startsAt(slot)
        .endsAt(slot.plusMinutes(30))
        .clientName("Consumer"));
    Appointment cancelled = RxOneLinkClient.create(client).appointments()
        .cancel(OneLinkSandbox.ACCOUNT_ID, booked.getId()).blockingGet();

    assertEquals(slot, booked.getStartsAt());
    assertEquals(AppointmentStatus.CANCELLED, cancelled.getStatus());
  }
}
