package nl.burgernet.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Writes the plain-text alternative of a mail's HTML, for mail programs and readers that show no
 * HTML: paragraphs and headings on their own lines, list items with a dash or their number, a
 * link's address after its text.
 */
@ApplicationScoped
public class PlainTextAlternative {

  @Inject MailSanitizer sanitizer;

  public PlainTextAlternative() {}

  PlainTextAlternative(MailSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  public String of(String html) {
    TextWriter writer = new TextWriter();
    sanitizer.stream(html, writer);
    return writer.text();
  }

  /** Receives the sanitised HTML's events and writes text. */
  private static final class TextWriter implements HtmlStreamEventReceiver {

    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "blockquote", "ul", "ol");

    private final StringBuilder text = new StringBuilder();
    private final Deque<int[]> listCounters = new ArrayDeque<>();
    private final Deque<String> linkTargets = new ArrayDeque<>();

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String name, List<String> attributes) {
      switch (name) {
        case "ol", "ul" -> {
          endLine();
          listCounters.push(new int[] {name.equals("ol") ? 0 : -1});
        }
        case "li" -> {
          endLine();
          text.append(bullet(attributes));
        }
        case "br" -> text.append('\n');
        case "a" -> linkTargets.push(attribute(attributes, "href"));
        default -> {
          if (BLOCKS.contains(name)) {
            blankLine();
          }
        }
      }
    }

    private String bullet(List<String> attributes) {
      int[] counter = listCounters.isEmpty() ? new int[] {-1} : listCounters.peek();
      boolean numbered = counter[0] >= 0 && !"bullet".equals(attribute(attributes, "data-list"));
      if (numbered) {
        counter[0]++;
        return counter[0] + ". ";
      }
      return "- ";
    }

    @Override
    public void closeTag(String name) {
      switch (name) {
        case "ol", "ul" -> {
          if (!listCounters.isEmpty()) {
            listCounters.pop();
          }
          blankLine();
        }
        case "a" -> {
          String href = linkTargets.isEmpty() ? "" : linkTargets.pop();
          if (!href.isBlank() && !text.toString().endsWith(href)) {
            text.append(" (").append(href).append(')');
          }
        }
        default -> {
          if (BLOCKS.contains(name)) {
            blankLine();
          }
        }
      }
    }

    @Override
    public void text(String chunk) {
      text.append(chunk.replace('\u00a0', ' '));
    }

    private void endLine() {
      if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    private void blankLine() {
      endLine();
      if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
        text.append('\n');
      }
    }

    private static String attribute(List<String> attributes, String name) {
      for (int i = 0; i + 1 < attributes.size(); i += 2) {
        if (attributes.get(i).equals(name)) {
          return attributes.get(i + 1);
        }
      }
      return "";
    }

    String text() {
      return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
  }
}
