package kz.onelink.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kz.onelink.sdk.testing.OneLinkSandbox;
import org.junit.jupiter.api.Test;

/** The main job runs end to end against the embedded sandbox and prints every step. */
class SamplesTest {
  @Test
  void theWalkthroughRunsEndToEndAgainstTheSandbox() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true);

    try (SampleSetup setup = SampleSetup.sandbox(out)) {
      Walkthrough.run(setup, out);
      RxWalkthrough.run(setup, out);
      HandleErrors.run(setup, out);
    }

    String printed = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Running against the embedded sandbox at http://127.0.0.1:")
        .containsPattern(
            "1\\. create  -> #\\d+ scheduled, .* 10:00–10:30 Almaty, Консультация терапевта, 15 000 KZT")
        .containsPattern("2\\. get     -> #\\d+ scheduled")
        .contains("3. list    -> 1 appointment(s) that day")
        .containsPattern("4\\. update  -> #\\d+ scheduled, .* 11:00–11:30 Almaty.*comment cleared")
        .containsPattern("5\\. cancel  -> #\\d+ cancelled.*payment cancelled")
        .containsPattern("create  -> #\\d+ scheduled, .* 12:00–12:30")
        .containsPattern("cancel  -> #\\d+ cancelled")
        .contains("double booking -> ConflictException SLOT_CONFLICT")
        .contains("bad IIN        -> UnprocessableEntityException INVALID_IIN")
        .contains("unknown id     -> NotFoundException (no code)")
        .contains(
            "bad argument   -> IllegalArgumentException: accountId must be at least 1 but was 0")
        .doesNotContain(OneLinkSandbox.API_ACCESS_TOKEN)
        .doesNotContain("+77011234567");
  }
}
