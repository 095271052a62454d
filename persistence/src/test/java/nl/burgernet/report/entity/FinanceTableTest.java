package nl.burgernet.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.reference.entity.Region;
import org.junit.jupiter.api.Test;

/**
 * The finance table against the cost allocation of seed 002 §5.3 (relation management 2013 of
 * Rotterdam-Rijnmond, 2 fte = 104,000 euro over 19 municipalities by share of inhabitants) and the
 * contributions of Midden-Nederland in 2017 (seed 000: 0.04 euro per inhabitant from each party).
 */
class FinanceTableTest {

  private static final Logger LOG = Logger.getLogger(FinanceTableTest.class.getName());

  private static final long BUDGET = 104_000;

  /** A line of the seed's table: its percentage in tenths, as printed, and its amount. */
  record SeedLine(String name, long inhabitants, long households, long tenths, long amount) {}

  private static final List<SeedLine> SEED =
      List.of(
          new SeedLine("Albrandswaard", 24674, 9465, 20, 2080),
          new SeedLine("Barendrecht", 46831, 18367, 37, 3848),
          new SeedLine("Bernisse", 12404, 5139, 10, 1040),
          new SeedLine("Brielle", 15978, 6826, 13, 1352),
          new SeedLine("Capelle a/d IJssel", 66104, 29359, 53, 5512),
          new SeedLine("Dirksland", 8408, 3382, 7, 728),
          new SeedLine("Goedereede", 11409, 4452, 10, 1040),
          new SeedLine("Hellevoetsluis", 39739, 17112, 32, 3328),
          new SeedLine("Krimpen a/d IJssel", 28626, 11759, 23, 2392),
          new SeedLine("Lansingerland", 54090, 19879, 43, 4472),
          new SeedLine("Maassluis", 31910, 13897, 25, 2600),
          new SeedLine("Middelharnis", 18050, 7315, 15, 1560),
          new SeedLine("Oostflakkee", 10406, 4351, 8, 832),
          new SeedLine("Ridderkerk", 44889, 19916, 36, 3744),
          new SeedLine("Rotterdam", 612502, 311064, 486, 50544),
          new SeedLine("Schiedam", 75718, 35470, 60, 6240),
          new SeedLine("Spijkenisse", 72244, 31734, 57, 5928),
          new SeedLine("Vlaardingen", 71269, 33246, 57, 5928),
          new SeedLine("Westvoorne", 13992, 6083, 11, 1144));

  private static final long SEED_INHABITANTS = 1_259_243;

  @Test
  void the_budget_and_the_percentages_add_up_exactly() {
    FinanceTable table = rotterdamRijnmond2013();

    assertThat(table.lines().stream().mapToLong(line -> line.allocated().orElseThrow()).sum())
        .isEqualTo(BUDGET);
    assertThat(table.total().allocated()).contains(BUDGET);
    assertThat(table.total().sharePercent()).isEqualByComparingTo("100.00");
    assertThat(table.total().inhabitants()).isEqualTo(SEED_INHABITANTS);
    assertThat(table.total().households()).isEqualTo(588_816);
  }

  @Test
  void each_municipality_gets_its_exact_share_to_within_a_euro() {
    for (FinanceTable.Line line : rotterdamRijnmond2013().lines()) {
      double exact = (double) BUDGET * line.inhabitants() / SEED_INHABITANTS;
      assertThat((double) line.allocated().orElseThrow())
          .as(line.municipality())
          .isCloseTo(exact, org.assertj.core.data.Offset.offset(1.0));
    }
  }

  /**
   * The seed took each municipality's percentage, rounded to a tenth, of the budget. Three of its
   * percentages are a tenth too high: Capelle a/d IJssel (5.2495%, rounded twice to 5.3),
   * Goedereede (0.906%, printed 1.0) and Middelharnis (1.433%, printed 1.5). Those three tenths are
   * the whole excess: 100.3% and 104,312 euro, 312 euro more than the budget. Every other seed
   * amount lies within half a tenth of a percent of the budget (52 euro) of ours, which is exact to
   * a euro.
   */
  @Test
  void the_seed_table_asks_312_euro_too_much_because_three_percentages_are_rounded_up_wrongly() {
    FinanceTable table = rotterdamRijnmond2013();
    List<String> roundedWrongly = List.of("Capelle a/d IJssel", "Goedereede", "Middelharnis");

    assertThat(SEED.stream().mapToLong(SeedLine::tenths).sum()).as("tenths").isEqualTo(1003);
    assertThat(SEED.stream().mapToLong(SeedLine::amount).sum()).isEqualTo(104_312);
    StringBuilder report = new StringBuilder("municipality | seed % | ours % | seed € | ours €");
    long excess = 0;
    for (int i = 0; i < SEED.size(); i++) {
      SeedLine seed = SEED.get(i);
      FinanceTable.Line ours = table.lines().get(i);
      long correctTenths = Math.round(1000.0 * seed.inhabitants() / SEED_INHABITANTS);
      long expectedTenths = correctTenths + (roundedWrongly.contains(seed.name()) ? 1 : 0);
      assertThat(seed.tenths()).as(seed.name() + " in tenths").isEqualTo(expectedTenths);
      assertThat(seed.amount()).as(seed.name()).isEqualTo(seed.tenths() * BUDGET / 1000);
      long correctAmount = correctTenths * BUDGET / 1000;
      assertThat(Math.abs(correctAmount - ours.allocated().orElseThrow()))
          .as(seed.name() + ": a tenth-rounded share against ours")
          .isLessThanOrEqualTo(53);
      excess += seed.amount() - correctAmount;
      report.append(
          String.format(
              "%n%s | %s | %s | %d | %d",
              seed.name(),
              BigDecimal.valueOf(seed.tenths(), 1),
              ours.sharePercent(),
              seed.amount(),
              ours.allocated().orElseThrow()));
    }
    assertThat(excess).as("what the three wrong percentages add").isEqualTo(312);
    LOG.info(report::toString);
  }

  @Test
  void contributions_are_the_rate_times_the_inhabitants_to_the_cent() {
    FinanceYear year = new FinanceYear(new Region("MIDDEN_NEDERLAND", "Midden-Nederland"), 2017);
    year.change(2017, new BigDecimal("0.04"), new BigDecimal("0.04"), null, null);

    FinanceTable table =
        FinanceTable.of(
            year,
            List.of(
                new FinanceTable.Inhabitants("Utrecht", 343_038, 160_000),
                new FinanceTable.Inhabitants("Rest of the region", 1_534_646, 700_000)));

    // seed 000: 75,107.36 euro from each party in 2017 for 1,877,684 inhabitants
    assertThat(table.total().municipalityContribution()).isEqualByComparingTo("75107.36");
    assertThat(table.total().policeContribution()).isEqualByComparingTo("75107.36");
    assertThat(table.lines().get(0).municipalityContribution()).isEqualByComparingTo("13721.52");
    assertThat(table.total().allocated()).isEmpty();
  }

  private static FinanceTable rotterdamRijnmond2013() {
    FinanceYear year =
        new FinanceYear(new Region("ROTTERDAM_RIJNMOND", "Rotterdam-Rijnmond"), 2013);
    year.change(2012, BigDecimal.ZERO, BigDecimal.ZERO, BUDGET, "Relatiebeheer 2 fte");
    return FinanceTable.of(
        year,
        SEED.stream()
            .map(s -> new FinanceTable.Inhabitants(s.name(), s.inhabitants(), s.households()))
            .collect(Collectors.toList()));
  }
}
