package nl.burgernet.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.burgernet.mail.entity.DiffLine.Change;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void shows_the_lines_removed_and_added_between_the_reviewed_and_the_current_text() {
    assertThat(
            LineDiff.between(
                "Beste bewoner,\nBel 112.\nGroet", "Beste bewoner,\nBel 0900-8844.\nGroet"))
        .containsExactly(
            new DiffLine(Change.SAME, "Beste bewoner,"),
            new DiffLine(Change.REMOVED, "Bel 112."),
            new DiffLine(Change.ADDED, "Bel 0900-8844."),
            new DiffLine(Change.SAME, "Groet"));
  }

  @Test
  void the_same_text_has_no_changes() {
    assertThat(LineDiff.between("a\nb", "a\nb")).noneMatch(DiffLine::isChanged);
  }
}
