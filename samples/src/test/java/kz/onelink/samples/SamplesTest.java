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
        .containsPattern("1\\. service  -> #\\d+ Консультация терапевта, 30 min")
        .containsPattern("2\\. resource -> #\\d+ .+, 15 000 KZT")
        .containsPattern("3\\. calendar -> \\d+ free slots on .+, the first 09:00–09:30")
        .containsPattern(
            "4\\. book     -> #\\d+ scheduled, .* 09:00–09:30 Almaty, Консультация терапевта,"
                + " 15 000 KZT")
        .containsPattern("5\\. get      -> #\\d+ scheduled, .* 09:00–09:30")
        .containsPattern("6\\. move     -> #\\d+ scheduled, .* 09:30–10:00 Almaty")
        .containsPattern("7\\. cancel   -> #\\d+ cancelled.*payment cancelled")
        .containsPattern("book    -> #\\d+ scheduled, .* 17:30–18:00")
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
