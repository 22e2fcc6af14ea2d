package kz.onelink.shrinkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import kz.onelink.sdk.testing.OneLinkSandbox;
import org.junit.jupiter.api.Test;

/** The ProGuard-shrunk consumer app runs against the sandbox, with obfuscated SDK classes. */
class ShrunkAppIT {
  private static final File SHRUNK = new File(System.getProperty("shrunk.jar"));

  @Test
  void theShrunkAndObfuscatedAppTalksToTheSandbox() throws Exception {
    try (OneLinkSandbox sandbox = OneLinkSandbox.start()) {
      List<String> command = new ArrayList<>();
      command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(SHRUNK.getPath());
      command.add("kz.onelink.shrinkcheck.ShrunkApp");
      command.add(sandbox.baseUrl());
      command.add(sandbox.apiAccessToken());
      command.add(String.valueOf(OneLinkSandbox.ACCOUNT_ID));
      command.add(String.valueOf(OneLinkSandbox.RESOURCE_ID));
      command.add(String.valueOf(OneLinkSandbox.SERVICE_ID));
      command.add(sandbox.nextWorkingDayAt(LocalTime.of(10, 0)).toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = new String(readAll(process), StandardCharsets.UTF_8);

      assertThat(output)
          .startsWith("OK ")
          .contains("Консультация терапевта 1 45 cancelled 404 Resource could not be found");
      assertThat(process.exitValue()).isZero();
    }
  }

  @Test
  void theSdkWasObfuscatedNotJustCopied() throws IOException {
    List<String> mapping =
        Files.readAllLines(Paths.get(System.getProperty("mapping.file")), StandardCharsets.UTF_8);
    try (JarFile jar = new JarFile(SHRUNK)) {
      // Models and services were renamed, so the consumer rules did not have to keep them by name.
      assertThat(jar.getEntry("kz/onelink/sdk/model/Appointment.class")).isNull();
      assertThat(jar.getEntry("kz/onelink/sdk/services/AppointmentsService.class")).isNull();
      assertThat(jar.getEntry("kz/onelink/shrinkcheck/ShrunkApp.class")).isNotNull();
    }
    assertThat(mapping).anyMatch(line -> line.startsWith("kz.onelink.sdk.model.Appointment -> "));
  }

  /**
   * The app calls only appointments: the shipped rules keep nothing by reflection that R8 could not
   * prove used, so every other service, its Retrofit binding and its models are gone.
   */
  @Test
  void servicesTheAppNeverCallsAreRemovedWithTheirModels() throws IOException {
    List<String> kept =
        Files.readAllLines(Paths.get(System.getProperty("mapping.file")), StandardCharsets.UTF_8)
            .stream()
            .filter(line -> !line.startsWith(" "))
            .map(line -> line.substring(0, line.indexOf(" -> ")))
            .collect(java.util.stream.Collectors.toList());

    assertThat(kept)
        .contains(
            "kz.onelink.sdk.services.AppointmentsService",
            "kz.onelink.sdk.internal.api.AppointmentsApi",
            "kz.onelink.sdk.model.Appointment")
        .doesNotContain(
            "kz.onelink.sdk.services.ContactsService",
            "kz.onelink.sdk.model.SchedulingContact",
            "kz.onelink.sdk.services.CatalogService",
            "kz.onelink.sdk.model.SchedulingService",
            "kz.onelink.sdk.services.CalendarService",
            "kz.onelink.sdk.model.SchedulingCalendar",
            "kz.onelink.sdk.rx.services.RxContactsService");
    assertThat(kept.stream().filter(name -> name.startsWith("kz.onelink.sdk.services.")))
        .as("services kept")
        .containsOnly(
            "kz.onelink.sdk.services.AppointmentsService",
            "kz.onelink.sdk.services.OneLinkServices");
    // Retrofit's own rules keep every interface with HTTP annotations, but nothing of an unused
    // one survives beyond its empty shell: no method, so no model it names.
    assertThat(membersOf("kz.onelink.sdk.internal.api.ContactsApi")).containsOnly("<clinit>");
  }

  /** The names of the members the mapping lists for {@code className}. */
  private static List<String> membersOf(String className) throws IOException {
    List<String> members = new ArrayList<>();
    boolean inside = false;
    for (String line :
        Files.readAllLines(Paths.get(System.getProperty("mapping.file")), StandardCharsets.UTF_8)) {
      if (!line.startsWith(" ")) {
        inside = line.startsWith(className + " -> ");
      } else if (inside) {
        String declaration = line.trim().split(" -> ")[0];
        String name = declaration.substring(declaration.indexOf(' ') + 1);
        members.add(name.contains("(") ? name.substring(0, name.indexOf('(')) : name);
      }
    }
    return members;
  }

  private static byte[] readAll(Process process) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = process.getInputStream().read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
