package nl.burgernet.helpdesk.boundary;

/** Open tickets at each line and how many of them are past their due date, within a scope. */
public record TicketCounts(long firstLine, long secondLine, long overdue) {

  public long total() {
    return firstLine + secondLine;
  }
}
