package dev.boundarytracer.demo.bridge;

/** The bridge's operations, in the round-robin order each worker runs them. */
public enum OperationKind {
  INSERT_MANY("insert_many"),
  FIND("find"),
  UPDATE_MANY("update_many");

  private static final OperationKind[] ORDER = values();

  private final String operationName;

  OperationKind(String operationName) {
    this.operationName = operationName;
  }

  /**
   * The operation's name, as in its {@code @BoundaryOperation}.
   *
   * @return e.g. {@code insert_many}
   */
  public String operationName() {
    return operationName;
  }

  /**
   * The operation a worker runs in a given round.
   *
   * @param round 0, 1, 2, ...
   * @return insert_many, find, update_many, insert_many, ...
   */
  public static OperationKind forRound(long round) {
    return ORDER[(int) (round % ORDER.length)];
  }
}
