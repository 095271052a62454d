package nl.burgernet.delivery.boundary;

/** The local peers of the embedded run, by the channel they take. */
public enum LocalPeer {
  SMS("/sms"),
  MAIL("/mail"),
  PUSH("/push"),
  VOICE("/voice");

  private final String path;

  LocalPeer(String path) {
    this.path = path;
  }

  /** Where the peers' view lists what this peer received. */
  public String path() {
    return path;
  }
}
