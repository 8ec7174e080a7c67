package org.latentexplorer.ui.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A step's text in the small Markdown lessons use: paragraphs split by blank lines, list items
 * starting with "- " or "* ", {@code *emphasis*} or {@code _emphasis_}, {@code **strong**}, and
 * {@code `code`}; everything else (maths included) is plain text.
 */
final class LessonText {

  private LessonText() {}

  /** A run of text in one style. */
  record Run(String text, boolean strong, boolean emphasis, boolean code) {}

  /** A paragraph or a list item. */
  record Paragraph(boolean item, List<Run> runs) {
    String plain() {
      StringBuilder sb = new StringBuilder();
      runs.forEach(r -> sb.append(r.text()));
      return sb.toString();
    }
  }

  static List<Paragraph> parse(String markdown) {
    List<Paragraph> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean item = false;
    for (String raw : markdown.lines().toList()) {
      String line = raw.strip();
      boolean starts = line.startsWith("- ") || line.startsWith("* ");
      if (line.isEmpty() || starts) {
        flush(out, current, item);
        item = starts;
        if (starts) {
          current.append(line.substring(2).strip());
        }
        continue;
      }
      current.append(current.isEmpty() ? "" : " ").append(line);
    }
    flush(out, current, item);
    return out;
  }

  private static void flush(List<Paragraph> out, StringBuilder text, boolean item) {
    if (!text.isEmpty()) {
      out.add(new Paragraph(item, runs(text.toString())));
      text.setLength(0);
    }
  }

  /** The styled runs of one paragraph's text. */
  static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      String marker = marker(text, i);
      int close = marker == null ? -1 : text.indexOf(marker, i + marker.length());
      if (marker != null && close > i + marker.length()) {
        if (!plain.isEmpty()) {
          runs.add(new Run(plain.toString(), false, false, false));
          plain.setLength(0);
        }
        String inner = text.substring(i + marker.length(), close);
        runs.add(new Run(inner, marker.equals("**"), marker.equals("*") || marker.equals("_"), marker.equals("`")));
        i = close + marker.length();
      } else {
        plain.append(text.charAt(i));
        i++;
      }
    }
    if (!plain.isEmpty()) {
      runs.add(new Run(plain.toString(), false, false, false));
    }
    return runs;
  }

  private static String marker(String text, int i) {
    if (text.startsWith("**", i)) {
      return "**";
    }
    char c = text.charAt(i);
    if (c == '`') {
      return "`";
    }
    boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    if ((c == '*' || c == '_') && !wordBefore && !spaceAfter) {
      return String.valueOf(c);
    }
    return null;
  }
}
