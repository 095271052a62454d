package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an import's report: what became of a row of the file and why. Written in batches by
 * the import itself and only read through its {@link ParticipantImport}, whose scope it shares.
 */
@Entity
@Table(name = "participant_import_row")
@IdClass(ImportReportLine.Key.class)
@NamedQuery(
    name = ImportReportLine.OF_IMPORT,
    query = "SELECT l FROM ImportReportLine l WHERE l.importId = :import ORDER BY l.rowNumber")
@NamedQuery(
    name = ImportReportLine.OF_IMPORT_WITH_OUTCOME,
    query =
        "SELECT l FROM ImportReportLine l WHERE l.importId = :import AND l.outcome IN :outcomes"
            + " ORDER BY l.rowNumber")
public class ImportReportLine {

  public static final String OF_IMPORT = "ImportReportLine.ofImport";
  public static final String OF_IMPORT_WITH_OUTCOME = "ImportReportLine.ofImportWithOutcome";

  @Id
  @Column(name = "import_id")
  private Long importId;

  @Id
  @Column(name = "file_row")
  private int rowNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportOutcome outcome;

  @Column(length = 20)
  private String field;

  @Column(name = "reason_key", length = 100)
  private String reasonKey;

  @Column(name = "reason_argument", length = 120)
  private String reasonArgument;

  @Column(name = "participant_id")
  private Long participantId;

  protected ImportReportLine() {}

  public int getRowNumber() {
    return rowNumber;
  }

  public ImportOutcome getOutcome() {
    return outcome;
  }

  /** The column of the file the reason is about, if it is about one. */
  public Optional<String> getField() {
    return Optional.ofNullable(field);
  }

  /** Key of the Dutch reason in the portal's bundle (or of a validation message). */
  public Optional<String> getReasonKey() {
    return Optional.ofNullable(reasonKey);
  }

  public Optional<String> getReasonArgument() {
    return Optional.ofNullable(reasonArgument);
  }

  public Optional<Long> getParticipantId() {
    return Optional.ofNullable(participantId);
  }

  /** The composite key: import and row number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long importId;
    private int rowNumber;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(importId, key.importId)
          && rowNumber == key.rowNumber;
    }

    @Override
    public int hashCode() {
      return Objects.hash(importId, rowNumber);
    }
  }
}
