package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.burgernet.delivery.boundary.RecipientSelection;
import org.junit.jupiter.api.Test;

class RecipientSelectionSqlTest {

  @Test
  void a_staged_list_is_joined_by_its_number() {
    RecipientSelection staged = new RecipientSelection(Set.of(), Set.of(), 42L, Set.of());

    assertThat(FanOut.selected(staged))
        .isEqualTo(
            "p.id IN (SELECT m.participant_id FROM recipient_list_member m WHERE m.list_id = 42)");
  }

  @Test
  void reaching_again_takes_the_channel_of_each_earlier_delivery_that_is_on_its_way_or_arrived() {
    String condition = FanOut.selected(RecipientSelection.reachedBy(Set.of(9L, 7L)));

    assertThat(condition)
        .startsWith("EXISTS (SELECT 1 FROM delivery r WHERE r.request_id IN (7,9)")
        .contains("r.participant_id = p.id AND r.channel = c.channel")
        .contains("'DELIVERED'", "'PENDING'", "'QUEUED'", "'SENT'")
        .doesNotContain("'FAILED'", "'CANCELLED'", "'DEAD_LETTERED'");
  }

  @Test
  void large_lists_are_staged_in_statements_of_five_thousand_rows() {
    Set<Long> ids = LongStream.rangeClosed(1, 12_001).boxed().collect(Collectors.toSet());

    List<String> statements = RecipientLists.valueLists(3, ids);

    assertThat(statements).hasSize(3);
    assertThat(statements.get(0)).startsWith("(3,1),(3,2),").endsWith("(3,5000)");
    assertThat(statements.get(2)).startsWith("(3,10001),").endsWith(",(3,12001)");
    assertThat(statements.get(2).split("\\),\\(")).hasSize(2_001);
    assertThat(RecipientLists.valueLists(3, Set.of())).isEmpty();
  }

  @Test
  void a_selection_of_nothing_selects_nobody() {
    assertThat(RecipientSelection.reachedBy(Set.of()).isEmpty()).isTrue();
    assertThat(FanOut.selected(RecipientSelection.reachedBy(Set.of()))).isEqualTo("1 = 0");
  }
}
