package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.entity.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each caller sees only their own part of the shared store, whatever id they ask for. */
@ExtendWith(ArquillianExtension.class)
class ScopingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(ScopingIT.class);
  }

  @Inject private ReferenceData referenceData;

  @Test
  void an_ambassador_of_rotterdam_sees_only_rotterdam() {
    Municipality rotterdam = municipality("GM0599");

    List<Municipality> seen =
        ScopeContext.actingAs(ambassadorOf(rotterdam), referenceData::municipalities);

    assertThat(seen).extracting(Municipality::getName).containsExactly("Rotterdam");
  }

  @Test
  void an_ambassador_of_rotterdam_asking_for_schiedam_by_id_finds_nothing() {
    Municipality rotterdam = municipality("GM0599");
    Municipality schiedam = municipality("GM0606");

    assertThatThrownBy(
            () ->
                ScopeContext.actingAs(
                    ambassadorOf(rotterdam), () -> referenceData.municipality(schiedam.getId())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_regional_bureau_sees_all_municipalities_of_its_region_and_no_others() {
    Region ijsselland = region("IJSSELLAND");

    List<Municipality> seen =
        ScopeContext.actingAs(Scope.region(ijsselland.getId()), referenceData::municipalities);

    assertThat(seen).hasSize(11).allMatch(m -> m.getRegion().getCode().equals("IJSSELLAND"));
  }

  @Test
  void national_roles_see_every_region() {
    List<Region> seen = ScopeContext.actingAs(Scope.national(), referenceData::regions);

    assertThat(seen)
        .extracting(Region::getCode)
        .containsExactlyInAnyOrder("MIDDEN_NEDERLAND", "ROTTERDAM_RIJNMOND", "IJSSELLAND");
  }

  @Test
  void a_caller_without_scope_sees_nothing() {
    assertThat(referenceData.municipalities()).isEmpty();
    assertThat(referenceData.regions()).isEmpty();
  }

  @Test
  void the_seed_figures_of_midden_nederland_add_up_to_the_jaarplan_total() {
    Region middenNederland = region("MIDDEN_NEDERLAND");

    long inhabitants =
        ScopeContext.actingAs(Scope.region(middenNederland.getId()), referenceData::totals)
            .inhabitants();

    assertThat(inhabitants).isEqualTo(1_877_684L);
  }

  private Municipality municipality(String cbsCode) {
    return ScopeContext.actingAs(Scope.national(), referenceData::municipalities).stream()
        .filter(m -> m.getCbsCode().equals(cbsCode))
        .findFirst()
        .orElseThrow();
  }

  private Region region(String code) {
    return ScopeContext.actingAs(Scope.national(), referenceData::regions).stream()
        .filter(r -> r.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static Scope ambassadorOf(Municipality municipality) {
    return Scope.municipality(municipality.getRegion().getId(), municipality.getId());
  }
}
