package dev.boundarytracer.agent.weaving;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import java.util.List;

/** An annotated class the weaving tests transform; names carry a per-class-load suffix. */
public class SampleRepository {
  /** Thrown by {@link #failingConvert()}; checked, so the test sees it unchanged. */
  public static class StoreException extends Exception {
    public StoreException(String message) {
      super(message);
    }
  }

  @BoundaryOperation("weaving.insert_many")
  public int insertMany(@DocCount List<String> docs) throws StoreException {
    extract(docs.size());
    convert(docs.toArray(new String[0]));
    network();
    return materialize();
  }

  @BoundaryOperation("weaving.failing")
  public void failing() throws StoreException {
    failingConvert();
  }

  @BoundaryPhase(Phase.EXTRACT)
  void extract(@DocCount int count) {}

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.HELD)
  void convert(@DocCount String[] docs) {}

  @BoundaryPhase(Phase.NETWORK)
  void network() {}

  @BoundaryPhase(value = Phase.MATERIALIZE, operation = "weaving.standalone")
  int materialize() {
    return 42;
  }

  @BoundaryPhase(Phase.CONVERT)
  void failingConvert() throws StoreException {
    throw new StoreException("disk full");
  }

  @BoundaryPhase(Phase.EXTRACT)
  void badDocCount(@DocCount String notASize) {}
}
