package kz.onelink.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The templates and the tidy step, reviewed as Java: the build generates {@code
 * src/test/golden/spec.yaml} with the four runs of the parent POM, tidies it, and this test
 * compares each file with its twin under {@code src/test/golden/expected} (aws-sdk-java-v2's
 * codegen tests work the same way). A template change that is meant shows up as a diff to commit:
 * rerun with {@code -Dgolden.update=true} (codegen/README.md) and review the change of the expected
 * files.
 */
class GoldenCodegenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** Diffs longer than this are cut, so one runaway file does not hide the others. */
  private static final int MAX_DIFF_LINES_PER_FILE = 150;

  @Test
  void generatedFilesMatchTheExpectedOnes() throws IOException {
    GeneratedTree generated = GeneratedTree.fromProperty("golden.actual");
    Path expectedRoot = Paths.get(System.getProperty("golden.expected"));
    GeneratedTree expected = GeneratedTree.read(expectedRoot);
    assertThat(generated.files).as("files generated from the golden spec").isNotEmpty();

    if (UPDATE) {
      rewrite(expectedRoot, generated);
      return;
    }

    List<String> differing = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    StringBuilder diffs = new StringBuilder();
    for (String name : union(expected.files.keySet(), generated.files.keySet())) {
      String want = expected.files.get(name);
      String got = generated.files.get(name);
      if (got == null) {
        missing.add(name);
      } else if (want == null) {
        extra.add(name);
      } else if (!want.equals(got)) {
        differing.add(name);
        diffs.append(cut(UnifiedDiff.of(name, want, got))).append('\n');
      }
    }
    if (differing.isEmpty() && missing.isEmpty() && extra.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder();
    message
        .append("The generated code differs from src/test/golden/expected (")
        .append(differing.size())
        .append(" differing, ")
        .append(missing.size())
        .append(" missing, ")
        .append(extra.size())
        .append(" extra).\n")
        .append("If the change is meant, rewrite the expected files and commit them with the")
        .append(" template change:\n")
        .append("  mvn -pl codegen -am verify -Dgolden.update=true\n\n");
    list(message, "Differing", differing);
    list(message, "Missing (expected, not generated)", missing);
    list(message, "Extra (generated, not expected)", extra);
    message.append('\n').append(diffs);
    fail(message.toString());
  }

  /**
   * The golden output compiles as Java 8, together with sdk-core's and sdk-rx's handwritten sources
   * (the generated code calls them, and the clients extend the generated service bases). Sources
   * rather than the modules' jars: sdk-core needs this module to build, so this module cannot
   * depend on it.
   */
  @Test
  void generatedFilesCompileAsJava8WithTheHandwrittenSdk() throws IOException {
    GeneratedTree generated = GeneratedTree.fromProperty("golden.actual");
    Path root = Paths.get(System.getProperty("codegen.root"));
    List<File> sources = new ArrayList<>();
    for (String path : generated.javaFiles().keySet()) {
      sources.add(generated.root.resolve(path).toFile());
    }
    int generatedCount = sources.size();
    for (String dir :
        new String[] {
          "sdk-core/src/main/java", "sdk-core/src/main/java-templates", "sdk-rx/src/main/java"
        }) {
      try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(p.toFile()));
      }
    }
    Path classes = Paths.get(System.getProperty("golden.actual") + "-classes");
    deleteRecursively(classes);
    Files.createDirectories(classes);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          Arrays.asList(
              "--release",
              "8",
              "-proc:none",
              "-encoding",
              "UTF-8",
              "-Xlint:all,-options,-processing,-serial",
              "-classpath",
              testClasspath(),
              "-d",
              classes.toString());
      boolean ok =
          javac
              .getTask(
                  output,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      String report =
          diagnostics.getDiagnostics().stream()
              .filter(
                  d ->
                      d.getKind() == Diagnostic.Kind.ERROR
                          || d.getKind() == Diagnostic.Kind.WARNING)
              .map(GoldenCodegenTest::describe)
              .collect(Collectors.joining("\n"));
      assertThat(ok)
          .as(
              "javac --release 8 over %d generated and %d handwritten files:%n%s%n%s",
              generatedCount, sources.size() - generatedCount, report, output)
          .isTrue();
      // Generated code compiles without a lint warning (-Xlint:all, as the modules compile it).
      // Not counted: JSpecify's @NullMarked names ElementType.MODULE, which Java 8 lacks; javac
      // reports that where it reads the annotation, which says nothing about the generated code.
      String generatedRoot = generated.root.toAbsolutePath().toString();
      assertThat(
              diagnostics.getDiagnostics().stream()
                  .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getSource() != null)
                  .filter(d -> !d.getCode().equals("compiler.warn.unknown.enum.constant"))
                  .filter(
                      d -> Paths.get(d.getSource().toUri()).toString().startsWith(generatedRoot))
                  .map(GoldenCodegenTest::describe)
                  .collect(Collectors.toList()))
          .as("javac warnings in generated files")
          .isEmpty();
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String source = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber();
    return d.getKind() + " " + source + ": " + d.getMessage(Locale.ROOT);
  }

  /** Surefire runs the tests from a manifest-only jar; the real classpath is in this property. */
  private static String testClasspath() {
    String classpath = System.getProperty("surefire.test.class.path");
    return classpath != null ? classpath : System.getProperty("java.class.path");
  }

  private static void rewrite(Path expectedRoot, GeneratedTree generated) throws IOException {
    deleteRecursively(expectedRoot);
    for (Map.Entry<String, String> file : generated.files.entrySet()) {
      Path target = expectedRoot.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue().getBytes(StandardCharsets.UTF_8));
    }
    System.out.printf(
        "golden.update: wrote %d files to %s; review them with git diff%n",
        generated.files.size(), expectedRoot);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }

  private static TreeSet<String> union(Iterable<String> a, Iterable<String> b) {
    TreeSet<String> all = new TreeSet<>();
    a.forEach(all::add);
    b.forEach(all::add);
    return all;
  }

  private static void list(StringBuilder message, String title, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    message.append(title).append(":\n");
    for (String name : names) {
      message.append("  ").append(name).append('\n');
    }
  }

  private static String cut(String diff) {
    String[] lines = diff.split("\n", -1);
    if (lines.length <= MAX_DIFF_LINES_PER_FILE) {
      return diff;
    }
    return String.join("\n", Arrays.asList(lines).subList(0, MAX_DIFF_LINES_PER_FILE))
        + "\n... "
        + (lines.length - MAX_DIFF_LINES_PER_FILE)
        + " more diff lines\n";
  }
}
