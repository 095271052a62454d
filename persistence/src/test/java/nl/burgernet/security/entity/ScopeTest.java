package nl.burgernet.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {

  private static final Scope ROTTERDAM_RIJNMOND = Scope.region(2);
  private static final Scope ROTTERDAM = Scope.municipality(2, 20);
  private static final Scope SCHIEDAM = Scope.municipality(2, 21);
  private static final Scope IJSSELLAND = Scope.region(3);

  @Test
  void national_scope_filters_nothing() {
    assertThat(Scope.national().regionParameter()).isZero();
    assertThat(Scope.national().municipalityParameter()).isZero();
  }

  @Test
  void a_municipal_scope_filters_on_its_region_and_municipality() {
    assertThat(ROTTERDAM.regionParameter()).isEqualTo(2);
    assertThat(ROTTERDAM.municipalityParameter()).isEqualTo(20);
  }

  @Test
  void no_scope_matches_no_row_at_all() {
    assertThat(Scope.none().regionParameter()).isNegative();
    assertThat(Scope.none().municipalityParameter()).isNegative();
  }

  @Test
  void a_region_covers_its_own_municipalities_but_not_another_region() {
    assertThat(ROTTERDAM_RIJNMOND.covers(ROTTERDAM)).isTrue();
    assertThat(ROTTERDAM_RIJNMOND.covers(IJSSELLAND)).isFalse();
    assertThat(ROTTERDAM_RIJNMOND.covers(Scope.national())).isFalse();
  }

  @Test
  void a_municipality_covers_only_itself() {
    assertThat(ROTTERDAM.covers(ROTTERDAM)).isTrue();
    assertThat(ROTTERDAM.covers(SCHIEDAM)).isFalse();
    assertThat(ROTTERDAM.covers(ROTTERDAM_RIJNMOND)).isFalse();
  }

  @Test
  void a_scope_must_name_what_its_level_needs() {
    assertThatThrownBy(() -> new Scope(ScopeLevel.REGION, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Scope(ScopeLevel.MUNICIPALITY, 2L, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Scope(ScopeLevel.NATIONAL, 2L, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
