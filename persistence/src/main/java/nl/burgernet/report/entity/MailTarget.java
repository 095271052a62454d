package nl.burgernet.report.entity;

/**
 * The number of Burgernetmails a municipality is asked to send (seed 000: at least 2 a year), for a
 * period of whole months: the yearly number pro rata, rounded up, so that a quarter asks for one
 * mail and a year for two.
 */
public record MailTarget(int perYear) {

  public int forMonths(int months) {
    return (perYear * months + 11) / 12;
  }
}
