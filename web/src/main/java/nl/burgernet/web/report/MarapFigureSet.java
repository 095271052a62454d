package nl.burgernet.web.report;

/** A MARAP figure set as the API answers it: itself as JSON, {@link #csv()} as CSV. */
interface MarapFigureSet {

  String region();

  /** The municipality drilled down to; null for the whole region. */
  String municipality();

  /** The same figures as a table, in the long form of {@link CsvTable#figures()}. */
  CsvTable csv();

  default String area() {
    return municipality() == null ? region() : municipality();
  }
}
