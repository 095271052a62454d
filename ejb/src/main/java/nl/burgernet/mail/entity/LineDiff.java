package nl.burgernet.mail.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What changed between two texts, line by line (longest common subsequence), for the reviewer who
 * saw an earlier version. Mails are short, so the quadratic table is small.
 */
public final class LineDiff {

  /** Texts longer than this are compared as one changed block. */
  static final int MAXIMUM_LINES = 2_000;

  private LineDiff() {}

  public static List<DiffLine> between(String before, String after) {
    String[] old = lines(before);
    String[] now = lines(after);
    if (old.length > MAXIMUM_LINES || now.length > MAXIMUM_LINES) {
      List<DiffLine> all = new ArrayList<>();
      for (String line : old) {
        all.add(new DiffLine(DiffLine.Change.REMOVED, line));
      }
      for (String line : now) {
        all.add(new DiffLine(DiffLine.Change.ADDED, line));
      }
      return all;
    }
    int[][] common = new int[old.length + 1][now.length + 1];
    for (int i = old.length - 1; i >= 0; i--) {
      for (int j = now.length - 1; j >= 0; j--) {
        common[i][j] =
            old[i].equals(now[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<DiffLine> diff = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < old.length && j < now.length) {
      if (old[i].equals(now[j])) {
        diff.add(new DiffLine(DiffLine.Change.SAME, old[i]));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        diff.add(new DiffLine(DiffLine.Change.REMOVED, old[i++]));
      } else {
        diff.add(new DiffLine(DiffLine.Change.ADDED, now[j++]));
      }
    }
    while (i < old.length) {
      diff.add(new DiffLine(DiffLine.Change.REMOVED, old[i++]));
    }
    while (j < now.length) {
      diff.add(new DiffLine(DiffLine.Change.ADDED, now[j++]));
    }
    return Collections.unmodifiableList(diff);
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\\R", -1);
  }
}
