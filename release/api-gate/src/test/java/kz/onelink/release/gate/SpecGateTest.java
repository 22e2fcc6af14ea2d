package kz.onelink.release.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule "the version bump is at least what the change requires", and the gate's main. */
class SpecGateTest {
  private static final Version BASELINE = Version.parse("1.0.0");

  private static String verdict(Change change, String version) {
    return SpecGate.verdict(
        new Classification(change, List.of()), BASELINE, Version.parse(version));
  }

  @Test
  void patchReleaseMayShipNoChangeOnly() {
    assertThat(verdict(Change.NONE, "1.0.1")).startsWith("PASS");
    assertThat(verdict(Change.ADDITIVE, "1.0.1"))
        .isEqualTo("FAIL: ADDITIVE changes need version 1.1.0 or later, not 1.0.1");
    assertThat(verdict(Change.BREAKING, "1.0.1")).startsWith("FAIL");
  }

  @Test
  void minorReleaseMayAdd() {
    assertThat(verdict(Change.ADDITIVE, "1.1.0")).startsWith("PASS");
    assertThat(verdict(Change.ADDITIVE, "1.1.0-SNAPSHOT")).startsWith("PASS");
    assertThat(verdict(Change.BREAKING, "1.1.0"))
        .isEqualTo("FAIL: BREAKING changes need version 2.0.0 or later, not 1.1.0");
  }

  @Test
  void majorReleaseMayBreak() {
    assertThat(verdict(Change.BREAKING, "2.0.0")).startsWith("PASS");
  }

  @Test
  void versionMustBeAboveTheLastRelease() {
    assertThat(verdict(Change.NONE, "1.0.0"))
        .isEqualTo("FAIL: version 1.0.0 must be above the last release 1.0.0");
    assertThat(verdict(Change.NONE, "0.9.0")).startsWith("FAIL");
  }

  @Test
  void zeroMajorPromisesNothing() {
    assertThat(Version.parse("0.2.0").allows(Version.parse("0.1.0"))).isEqualTo(Change.BREAKING);
  }

  @Test
  void mainFailsTheBuildWhenTheBumpIsTooSmall(@TempDir Path dir) throws IOException {
    String base =
        new String(
            SpecGateTest.class.getResourceAsStream("/specs/base.yaml").readAllBytes(),
            StandardCharsets.UTF_8);
    Path oldSpec = Files.writeString(dir.resolve("old.yaml"), base);
    Path newSpec =
        Files.writeString(
            dir.resolve("new.yaml"), base.replace("enum: [open, closed]", "enum: [open]"));
    Path report = dir.resolve("report/spec-gate.md");

    assertThatThrownBy(
            () ->
                SpecGate.main(
                    new String[] {
                      oldSpec.toString(), newSpec.toString(), "1.0.0", "1.1.0", report.toString()
                    }))
        .hasMessage("FAIL: BREAKING changes need version 2.0.0 or later, not 1.1.0");
    assertThat(report).isNotEmptyFile();

    SpecGate.main(new String[] {oldSpec.toString(), newSpec.toString(), "1.0.0", "2.0.0"});
  }
}
