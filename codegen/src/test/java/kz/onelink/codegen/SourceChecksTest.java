package kz.onelink.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SourceChecks} on the golden output ({@code target/golden}, from the test spec) and on the
 * real one ({@code target/real}, from {@code openapi/openapi.yaml}, generated and tidied by this
 * module's build exactly as sdk-core and sdk-rx do it), so the checks do not depend on the order
 * the modules build in.
 */
class SourceChecksTest {
  @ParameterizedTest
  @ValueSource(strings = {"golden.actual", "codegen.real"})
  void linesAreShorterThan120Columns(String tree) {
    Map<String, String> sources = sources(tree);
    Map.Entry<Integer, String> longest = SourceChecks.longestLine(sources);
    System.out.printf(
        "%s: %d Java files, longest line %d columns (%s)%n",
        tree, sources.size(), longest.getKey(), longest.getValue());
    assertThat(SourceChecks.longLines(sources)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden.actual", "codegen.real"})
  void noWildcardImports(String tree) {
    assertThat(SourceChecks.wildcardImports(sources(tree))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden.actual", "codegen.real"})
  void noUnusedImports(String tree) {
    assertThat(SourceChecks.unusedImports(sources(tree))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden.actual", "codegen.real"})
  void everyPackageHasPackageInfo(String tree) {
    assertThat(SourceChecks.packagesWithoutPackageInfo(sources(tree))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"golden.actual", "codegen.real"})
  void everyFileOpensWithTheGeneratedHeader(String tree) {
    assertThat(SourceChecks.filesWithoutHeader(sources(tree)))
        .as("files that do not open with \"%s\" (first line shown)", SourceChecks.HEADER)
        .isEmpty();
  }

  static Map<String, String> sources(String tree) {
    Map<String, String> sources = GeneratedTree.fromProperty(tree).javaFiles();
    assertThat(sources).as("Java files in %s", System.getProperty(tree)).isNotEmpty();
    return sources;
  }
}
