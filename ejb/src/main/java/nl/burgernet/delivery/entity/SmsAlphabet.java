package nl.burgernet.delivery.entity;

/**
 * The two alphabets an SMS goes out in, with what fits in one segment and in each segment of a
 * concatenated message (the rest of the 140 octets carries the concatenation header).
 */
public enum SmsAlphabet {
  /** GSM 7-bit default alphabet: counted in septets; extension characters take two. */
  GSM_7(160, 153),
  /** UCS-2 (UTF-16 on handsets): counted in 16-bit code units; an emoji takes two. */
  UCS_2(70, 67);

  private final int singleSegmentCapacity;
  private final int concatenatedSegmentCapacity;

  SmsAlphabet(int singleSegmentCapacity, int concatenatedSegmentCapacity) {
    this.singleSegmentCapacity = singleSegmentCapacity;
    this.concatenatedSegmentCapacity = concatenatedSegmentCapacity;
  }

  public int singleSegmentCapacity() {
    return singleSegmentCapacity;
  }

  public int concatenatedSegmentCapacity() {
    return concatenatedSegmentCapacity;
  }
}
