package kz.onelink.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts, as {@code diff -u} prints it, for the golden test's failure message.
 * A longest-common-subsequence diff over the lines between the common head and tail; generated
 * files are a few thousand lines at most, and a template change touches few of them.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  /** Past this many lines the middle is shown as one replacement instead of an exact diff. */
  private static final int MAX_LCS_CELLS = 25_000_000;

  private UnifiedDiff() {}

  /** The diff, or an empty string when the texts are equal. */
  static String of(String name, String expected, String actual) {
    if (expected.equals(actual)) {
      return "";
    }
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    List<Edit> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- expected/").append(name).append('\n');
    out.append("+++ generated/").append(name).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op == ' ') {
        i++;
        continue;
      }
      // One hunk: from CONTEXT lines before this change to CONTEXT lines after the last change
      // that is at most 2 * CONTEXT unchanged lines away from the one before it.
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int unchanged = 0;
      for (int j = i; j < edits.size(); j++) {
        if (edits.get(j).op == ' ') {
          unchanged++;
          if (unchanged > 2 * CONTEXT) {
            break;
          }
        } else {
          unchanged = 0;
          end = j;
        }
      }
      int stop = Math.min(edits.size(), end + CONTEXT + 1);
      appendHunk(out, edits.subList(start, stop));
      i = stop;
    }
    if (!expected.endsWith("\n") || !actual.endsWith("\n")) {
      out.append("(a file does not end with a newline)\n");
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Edit> hunk) {
    Edit first = hunk.get(0);
    int oldCount = 0;
    int newCount = 0;
    for (Edit e : hunk) {
      oldCount += e.op == '+' ? 0 : 1;
      newCount += e.op == '-' ? 0 : 1;
    }
    out.append("@@ -")
        .append(range(first.oldLine, oldCount))
        .append(" +")
        .append(range(first.newLine, newCount))
        .append(" @@\n");
    for (Edit e : hunk) {
      out.append(e.op).append(e.text).append('\n');
    }
  }

  private static String range(int line, int count) {
    return count == 1 ? String.valueOf(line) : (count == 0 ? line - 1 : line) + "," + count;
  }

  private static List<String> lines(String text) {
    String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return text.isEmpty() ? new ArrayList<>() : Arrays.asList(trimmed.split("\n", -1));
  }

  /** One line of the diff: {@code ' '} kept, {@code '-'} only expected, {@code '+'} only actual. */
  private static final class Edit {
    final char op;
    final String text;
    final int oldLine; // 1-based line in expected of this line, or of the next one for '+'
    final int newLine; // the same in actual

    Edit(char op, String text, int oldLine, int newLine) {
      this.op = op;
      this.text = text;
      this.oldLine = oldLine;
      this.newLine = newLine;
    }
  }

  private static List<Edit> edits(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<Edit> edits = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      edits.add(new Edit(' ', a.get(k), k + 1, k + 1));
    }
    middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head, edits);
    for (int k = tail; k > 0; k--) {
      int oldIndex = a.size() - k;
      int newIndex = b.size() - k;
      edits.add(new Edit(' ', a.get(oldIndex), oldIndex + 1, newIndex + 1));
    }
    return edits;
  }

  private static void middle(List<String> a, List<String> b, int offset, List<Edit> edits) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > MAX_LCS_CELLS) {
      for (int i = 0; i < n; i++) {
        edits.add(new Edit('-', a.get(i), offset + i + 1, offset + 1));
      }
      for (int j = 0; j < m; j++) {
        edits.add(new Edit('+', b.get(j), offset + n + 1, offset + j + 1));
      }
      return;
    }
    // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(' ', a.get(i), offset + i + 1, offset + j + 1));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        edits.add(new Edit('-', a.get(i), offset + i + 1, offset + j + 1));
        i++;
      } else {
        edits.add(new Edit('+', b.get(j), offset + i + 1, offset + j + 1));
        j++;
      }
    }
  }
}
