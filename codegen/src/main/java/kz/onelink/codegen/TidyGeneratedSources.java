package kz.onelink.codegen;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Makes the generator's output read like handwritten code, in one pass over each generated source
 * tree: the spec's Markdown becomes Javadoc ({@link Javadoc}), google-java-format lays the code out
 * and drops the imports nothing uses (the templates import everything the generator names, which
 * includes error schemas that are never generated), and files a template left empty (an operation
 * without optional parameters has no params class) are deleted.
 *
 * <p>Run by every module that generates code, before compiling: {@code TidyGeneratedSources
 * <directory>...}.
 */
public final class TidyGeneratedSources {
  private final Formatter formatter = new Formatter();
  private final Map<String, String> knownTypes = new HashMap<>();

  private TidyGeneratedSources() {
    // The JDK types the generator maps the spec's formats and containers to.
    for (Class<?> type :
        new Class<?>[] {
          java.time.OffsetDateTime.class,
          java.time.LocalDate.class,
          java.math.BigDecimal.class,
          java.util.UUID.class,
          java.util.List.class,
          java.util.Map.class
        }) {
      knownTypes.put(type.getSimpleName(), type.getName());
    }
  }

  public static void main(String... args) throws IOException {
    TidyGeneratedSources tidy = new TidyGeneratedSources();
    List<Path> roots = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--types-from") && i + 1 < args.length) {
        for (String pkg : args[++i].split(",")) {
          tidy.addTypesOnClasspath(pkg.trim());
        }
      } else {
        roots.add(Paths.get(args[i]));
      }
    }
    if (roots.isEmpty()) {
      throw new IllegalArgumentException(
          "usage: TidyGeneratedSources [--types-from package,...] directory...");
    }
    List<Path> sources = new ArrayList<>();
    for (Path root : roots) {
      sources.addAll(javaFiles(root));
    }
    for (Path source : sources) {
      tidy.addDeclaredType(source);
    }
    for (Path source : sources) {
      tidy.tidy(source);
    }
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    List<Path> sources = new ArrayList<>();
    if (Files.isDirectory(root)) { // a layer may generate nothing in this module
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    return sources;
  }

  /** Records the top-level type a generated file declares, named after the file. */
  private void addDeclaredType(Path source) throws IOException {
    String name = source.getFileName().toString().replace(".java", "");
    if (name.equals("package-info")) {
      return;
    }
    String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
    java.util.regex.Matcher pkg = Imports.PACKAGE.matcher(text);
    if (pkg.find()) {
      knownTypes.put(name, pkg.group(1) + "." + name);
    }
  }

  /** Records the top-level classes of {@code pkg} found on the classpath (directories or jars). */
  private void addTypesOnClasspath(String pkg) throws IOException {
    String path = pkg.replace('.', '/');
    Enumeration<URL> locations = TidyGeneratedSources.class.getClassLoader().getResources(path);
    while (locations.hasMoreElements()) {
      URL location = locations.nextElement();
      List<String> entries = new ArrayList<>();
      if (location.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) location.openConnection();
        try (JarFile jar = connection.getJarFile()) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String entry = e.nextElement().getName();
            if (entry.startsWith(path + "/") && entry.indexOf('/', path.length() + 1) < 0) {
              entries.add(entry.substring(path.length() + 1));
            }
          }
        }
      } else {
        try (Stream<Path> files = Files.list(Paths.get(location.getPath()))) {
          files.forEach(f -> entries.add(f.getFileName().toString()));
        }
      }
      for (String entry : entries) {
        if (entry.endsWith(".class") && !entry.contains("$") && !entry.startsWith("package-info")) {
          String simple = entry.substring(0, entry.length() - ".class".length());
          knownTypes.put(simple, pkg + "." + simple);
        }
      }
    }
  }

  private void tidy(Path source) throws IOException {
    String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
    if (text.trim().isEmpty()) {
      Files.delete(source);
      return;
    }
    String tidied;
    try {
      tidied =
          formatter.formatSourceAndFixImports(
              Imports.addMissing(Javadoc.fromMarkdown(text), knownTypes));
    } catch (FormatterException e) {
      // A template produced Java that does not parse: name the file, javac would only say less.
      throw new IllegalStateException(source + ": " + e.getMessage(), e);
    }
    if (!tidied.equals(text)) {
      try {
        Files.write(source, tidied.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(source.toString(), e);
      }
    }
  }
}
