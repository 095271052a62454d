package nl.burgernet.action.entity;

/** An action is open from its first round until the operator closes it with an outcome. */
public enum ActionState {
  OPEN,
  CLOSED
}
