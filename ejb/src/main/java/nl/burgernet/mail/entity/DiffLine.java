package nl.burgernet.mail.entity;

/** One line of a comparison: unchanged, added in the new text or removed from the old. */
public record DiffLine(Change change, String text) {

  public enum Change {
    SAME,
    ADDED,
    REMOVED
  }

  public boolean isChanged() {
    return change != Change.SAME;
  }
}
