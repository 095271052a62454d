package nl.burgernet.action.boundary;

/**
 * Whether an action's dossier is as it was written.
 *
 * @param entries how many entries were checked
 * @param firstBrokenSequence the first entry whose content or chain hash does not match, or null
 *     when the whole chain holds
 */
public record DossierVerification(int entries, Integer firstBrokenSequence) {

  public boolean intact() {
    return firstBrokenSequence == null;
  }
}
