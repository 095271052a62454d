package nl.burgernet.participant.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErasedParticipantTest {

  @Test
  void the_age_band_is_coarse_enough_not_to_point_to_a_person() {
    assertThat(ErasedParticipant.ageBand(2010, 2026)).isEqualTo("16-24");
    assertThat(ErasedParticipant.ageBand(2002, 2026)).isEqualTo("16-24");
    assertThat(ErasedParticipant.ageBand(2001, 2026)).isEqualTo("25-34");
    assertThat(ErasedParticipant.ageBand(1992, 2026)).isEqualTo("25-34");
    assertThat(ErasedParticipant.ageBand(1986, 2026)).isEqualTo("35-44");
    assertThat(ErasedParticipant.ageBand(1952, 2026)).isEqualTo("65-74");
    assertThat(ErasedParticipant.ageBand(1951, 2026)).isEqualTo("75+");
  }
}
