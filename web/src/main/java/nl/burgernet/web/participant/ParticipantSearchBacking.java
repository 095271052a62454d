package nl.burgernet.web.participant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.participant.boundary.Participants;
import nl.burgernet.participant.boundary.SearchPage;
import nl.burgernet.participant.entity.ParticipantStatus;

/**
 * /portal/deelnemers/zoeken.xhtml: the relation manager and the helpdesk look a participant up by
 * name, phone number, e-mail address or postcode in one box, a page at a time, within their scope.
 * A term the service refuses reaches the user through the exception handler.
 */
@Named("participantSearch")
@ViewScoped
public class ParticipantSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject private Participants participants;

  @Inject private ParticipantTexts texts;

  private String term;
  private ParticipantStatus status;
  private String searchedTerm;
  private ParticipantStatus searchedStatus;
  private int first;
  private long total;
  private List<ParticipantRow> rows = List.of();

  public void search() {
    show(term, status, 0);
  }

  public void next() {
    if (hasNext()) {
      show(searchedTerm, searchedStatus, first + PAGE_SIZE);
    }
  }

  public void previous() {
    if (hasPrevious()) {
      show(searchedTerm, searchedStatus, Math.max(0, first - PAGE_SIZE));
    }
  }

  /** Shows one page; a refused term leaves the previous result as it was. */
  private void show(String searchTerm, ParticipantStatus searchStatus, int from) {
    SearchPage page = participants.search(searchTerm, searchStatus, from, PAGE_SIZE);
    searchedTerm = searchTerm;
    searchedStatus = searchStatus;
    first = from;
    total = page.total();
    rows =
        page.participants().stream()
            .map(
                participant ->
                    ParticipantRow.of(participant, texts.status(participant.getStatus())))
            .toList();
  }

  public boolean isSearched() {
    return searchedTerm != null;
  }

  public boolean hasNext() {
    return first + PAGE_SIZE < total;
  }

  public boolean hasPrevious() {
    return first > 0;
  }

  /** Position of the first row shown, counting from 1. */
  public int getFrom() {
    return rows.isEmpty() ? 0 : first + 1;
  }

  public int getUntil() {
    return first + rows.size();
  }

  public long getTotal() {
    return total;
  }

  public List<ParticipantRow> getRows() {
    return rows;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public ParticipantStatus getStatus() {
    return status;
  }

  public void setStatus(ParticipantStatus status) {
    this.status = status;
  }
}
