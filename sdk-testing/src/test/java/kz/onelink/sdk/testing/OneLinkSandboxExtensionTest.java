package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneLinkSandboxExtensionTest {
  @RegisterExtension static final OneLinkSandboxExtension SANDBOX = new OneLinkSandboxExtension();

  private static String firstBaseUrl;

  private static OneLinkClient client(OneLinkSandbox sandbox) {
    return OneLinkClient.builder()
        .baseUrl(sandbox.baseUrl())
        .apiAccessToken(sandbox.apiAccessToken())
        .build();
  }

  @Test
  @Order(1)
  void aStaticExtensionRunsOneSandboxForTheClass(OneLinkSandbox injected) {
    assertThat(injected).isSameAs(SANDBOX.sandbox());
    firstBaseUrl = injected.baseUrl();
    AppointmentCreateRequest booking =
        SandboxContractTest.booking(injected.nextWorkingDayAt(java.time.LocalTime.of(10, 0)), 30);

    client(injected).appointments().create(OneLinkSandbox.ACCOUNT_ID, booking);

    assertThat(injected.appointmentCount()).isEqualTo(2);
  }

  @Test
  @Order(2)
  void eachTestStartsFromTheSeedData() {
    assertThat(SANDBOX.sandbox().baseUrl()).isEqualTo(firstBaseUrl);
    assertThat(SANDBOX.sandbox().appointmentCount()).isEqualTo(1);
    assertThat(SANDBOX.sandbox().exchanges()).isEmpty();
    assertThat(client(SANDBOX.sandbox()).appointments().list(OneLinkSandbox.ACCOUNT_ID)).hasSize(1);
  }
}
