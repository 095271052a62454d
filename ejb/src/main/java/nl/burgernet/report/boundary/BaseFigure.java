package nl.burgernet.report.boundary;

import java.util.Optional;
import nl.burgernet.report.entity.ParticipantAreaMonth;
import nl.burgernet.report.entity.ParticipantBaseCount.Dimension;

/**
 * The figures of the MARAP page "Deelnemersbestand" that a breakdown per municipality and postcode
 * area can be asked for; with a category (a channel, an age band, a source, a reason) for the
 * figures of one.
 */
public enum BaseFigure {
  /** active participants now; no category */
  PARTICIPANTS(Dimension.TOTAL, null),
  /** active participants now who get messages by a channel (category APP, SMS, VOICE, EMAIL) */
  CHANNEL(Dimension.CHANNEL, null),
  /** active participants now in an age band (category e.g. 25-34) */
  AGE(Dimension.AGE, null),
  /** active participants now by how they registered (category WEB, APP, CARD, IMPORT) */
  SOURCE(Dimension.SOURCE, null),
  /** registered in the months and taking part since; no category */
  NEW(null, ParticipantAreaMonth.Figure.NEW),
  /** left in the months; category a reason (NONE: no reason given), or none for all of them */
  UNSUBSCRIBED(null, ParticipantAreaMonth.Figure.UNSUBSCRIBED),
  /** new participants minus unsubscriptions in the months; per municipality only */
  NET_GROWTH(null, null);

  private final Dimension dimension;
  private final ParticipantAreaMonth.Figure monthly;

  BaseFigure(Dimension dimension, ParticipantAreaMonth.Figure monthly) {
    this.dimension = dimension;
    this.monthly = monthly;
  }

  /** The dimension of the counts of now; empty for the figures of the months. */
  Optional<Dimension> dimension() {
    return Optional.ofNullable(dimension);
  }

  /** The figure of the month counts; empty for the figures of now and the net growth. */
  Optional<ParticipantAreaMonth.Figure> monthly() {
    return Optional.ofNullable(monthly);
  }

  /** Whether the figure is of the months chosen, not of the base now. */
  public boolean ofMonths() {
    return dimension == null;
  }

  /** Whether the figure is one of a category, which must then be given. */
  public boolean needsCategory() {
    return this == CHANNEL || this == AGE || this == SOURCE;
  }

  /**
   * Whether the figure is shown per postcode area too. The net growth is not: an area's net growth
   * next to its new participants would give away a small number of unsubscriptions there.
   */
  public boolean perPostcodeArea() {
    return this != NET_GROWTH;
  }
}
