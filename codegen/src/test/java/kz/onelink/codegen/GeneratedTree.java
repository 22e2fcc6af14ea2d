package kz.onelink.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one generated tree ({@code target/golden}, {@code target/real}), by path relative to
 * the tree with {@code /} separators, in path order. The generator's bookkeeping ({@code
 * .openapi-generator/}, {@code .openapi-generator-ignore}) is left out: it is not code and changes
 * with the generator's version and the spec's hash.
 */
final class GeneratedTree {
  final Path root;
  final Map<String, String> files;

  private GeneratedTree(Path root, Map<String, String> files) {
    this.root = root;
    this.files = files;
  }

  /** The tree named by a system property the POM sets (its surefire configuration). */
  static GeneratedTree fromProperty(String property) {
    String dir = System.getProperty(property);
    if (dir == null) {
      throw new IllegalStateException(
          "system property "
              + property
              + " is not set: run the tests with Maven (codegen/pom.xml)");
    }
    return read(Paths.get(dir));
  }

  static GeneratedTree read(Path root) {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .forEach(
                file -> {
                  String relative = root.relativize(file).toString().replace('\\', '/');
                  if (!isBookkeeping(relative)) {
                    files.put(relative, readString(file));
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new GeneratedTree(root, files);
  }

  static boolean isBookkeeping(String relative) {
    return relative.contains(".openapi-generator/")
        || relative.startsWith(".openapi-generator/")
        || relative.endsWith(".openapi-generator-ignore");
  }

  /** The Java sources only, by relative path. */
  Map<String, String> javaFiles() {
    Map<String, String> java = new TreeMap<>();
    files.forEach(
        (path, text) -> {
          if (path.endsWith(".java")) {
            java.put(path, text);
          }
        });
    return java;
  }

  static String readString(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
