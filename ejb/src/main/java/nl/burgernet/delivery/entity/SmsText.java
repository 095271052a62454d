package nl.burgernet.delivery.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of one SMS: knows its alphabet (GSM-7 when every character fits, including the extension
 * table, otherwise UCS-2) and how it is cut into segments (160/153 septets for GSM-7, 70/67 code
 * units for UCS-2). A cut never separates an extension character from its escape nor the two halves
 * of an emoji.
 */
public final class SmsText {

  /** Longer texts are refused: each segment costs money and the handset shows them as one. */
  public static final int MAX_SEGMENTS = 10;

  private final String text;
  private final SmsAlphabet alphabet;
  private final List<String> segments;

  private SmsText(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an SMS needs a text");
    }
    this.text = text;
    this.alphabet = Gsm7.canEncode(text) ? SmsAlphabet.GSM_7 : SmsAlphabet.UCS_2;
    this.segments = List.copyOf(cut(text, alphabet));
    if (segments.size() > MAX_SEGMENTS) {
      throw new IllegalArgumentException(
          "an SMS may have at most "
              + MAX_SEGMENTS
              + " segments; this text needs "
              + segments.size());
    }
  }

  public static SmsText of(String text) {
    return new SmsText(text);
  }

  public String text() {
    return text;
  }

  public SmsAlphabet alphabet() {
    return alphabet;
  }

  public int segmentCount() {
    return segments.size();
  }

  /** The text of each segment, in order; joined they give the whole text. */
  public List<String> segments() {
    return segments;
  }

  /** Septets (GSM-7) or 16-bit code units (UCS-2) the whole text takes. */
  public int length() {
    return alphabet == SmsAlphabet.GSM_7 ? Gsm7.septetCount(text) : text.length();
  }

  private static List<String> cut(String text, SmsAlphabet alphabet) {
    if (units(text, 0, text.length(), alphabet) <= alphabet.singleSegmentCapacity()) {
      return List.of(text);
    }
    int capacity = alphabet.concatenatedSegmentCapacity();
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = start;
      int used = 0;
      while (end < text.length()) {
        int step = Character.isHighSurrogate(text.charAt(end)) && end + 1 < text.length() ? 2 : 1;
        int cost = units(text, end, end + step, alphabet);
        if (used + cost > capacity) {
          break;
        }
        used += cost;
        end += step;
      }
      parts.add(text.substring(start, end));
      start = end;
    }
    return parts;
  }

  private static int units(String text, int from, int to, SmsAlphabet alphabet) {
    return alphabet == SmsAlphabet.GSM_7 ? Gsm7.septetCount(text.subSequence(from, to)) : to - from;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SmsText that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
