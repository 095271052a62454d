package nl.burgernet.participant.control;

/**
 * Why a row of an import file did not become a participant: the column it is about (if any), the
 * key of the Dutch reason (portal bundle or validation message) and one value for it.
 */
public record ImportRefusal(ImportColumn column, String reasonKey, String argument) {

  public static ImportRefusal of(ImportColumn column, String reasonKey) {
    return new ImportRefusal(column, reasonKey, null);
  }
}
