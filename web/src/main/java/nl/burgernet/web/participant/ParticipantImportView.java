package nl.burgernet.web.participant;

import java.time.Instant;
import nl.burgernet.participant.entity.ParticipantImport;

/** An import's progress and counts for staff systems. */
public record ParticipantImportView(
    long id,
    String fileName,
    String state,
    int rows,
    int processed,
    int imported,
    int held,
    int callBack,
    int refused,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  static ParticipantImportView of(ParticipantImport job) {
    return new ParticipantImportView(
        job.getId(),
        job.getFileName().orElse(null),
        job.getState().name(),
        job.getRows(),
        job.getProcessed(),
        job.getImported(),
        job.getHeld(),
        job.getCallBack(),
        job.getRefused(),
        job.getCreatedAt(),
        job.getStartedAt().orElse(null),
        job.getFinishedAt().orElse(null));
  }
}
