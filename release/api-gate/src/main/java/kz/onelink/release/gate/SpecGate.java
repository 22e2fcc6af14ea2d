package kz.onelink.release.gate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The build's spec gate: {@code SpecGate <old spec> <new spec> <baseline version> <version>
 * [<report.md>]} prints what changed and fails (an exception, so that Maven's exec:java fails the
 * build) when the version does not go up as far as the change requires.
 */
public final class SpecGate {
  private SpecGate() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      throw new IllegalArgumentException(
          "usage: SpecGate <old spec> <new spec> <baseline version> <version> [<report.md>]");
    }
    Path oldSpec = Path.of(args[0]);
    Path newSpec = Path.of(args[1]);
    Version baseline = Version.parse(args[2]);
    Version version = Version.parse(args[3]);
    if (!Files.isRegularFile(oldSpec)) {
      throw new IllegalStateException(
          "spec gate: no baseline spec at " + oldSpec + "; run scripts/build-baseline.sh first");
    }
    ChangedOpenApi diff = SpecClassifier.diff(oldSpec.toString(), newSpec.toString());
    Classification result = SpecClassifier.classify(diff);
    if (args.length > 4) {
      Path report = Path.of(args[4]);
      Files.createDirectories(report.toAbsolutePath().getParent());
      try (OutputStreamWriter out =
          new OutputStreamWriter(Files.newOutputStream(report), StandardCharsets.UTF_8)) {
        new MarkdownRender().render(diff, out);
      }
    }

    String verdict = verdict(result, baseline, version);
    StringBuilder out = new StringBuilder();
    out.append("spec gate: ")
        .append(version)
        .append(" against the last release ")
        .append(baseline)
        .append(": ")
        .append(result.change())
        .append('\n');
    for (String reason : result.reasons()) {
      out.append("spec gate:   ").append(reason).append('\n');
    }
    out.append("spec gate: ").append(verdict);
    System.out.println(out);
    if (!verdict.startsWith("PASS")) {
      throw new IllegalStateException(verdict);
    }
  }

  /** "PASS ..." or "FAIL ..." for a change shipped as {@code version} after {@code baseline}. */
  static String verdict(Classification result, Version baseline, Version version) {
    Change allowed;
    try {
      allowed = version.allows(baseline);
    } catch (IllegalArgumentException e) {
      return "FAIL: " + e.getMessage();
    }
    if (result.change().compareTo(allowed) > 0) {
      return "FAIL: "
          + result.change()
          + " changes need version "
          + Version.required(baseline, result.change())
          + " or later, not "
          + version;
    }
    return "PASS: " + result.change() + " changes may ship as " + version;
  }
}
