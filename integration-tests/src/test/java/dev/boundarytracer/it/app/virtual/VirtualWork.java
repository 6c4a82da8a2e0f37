package dev.boundarytracer.it.app.virtual;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;

/** One operation per task: a CONVERT phase, then a NETWORK phase that blocks (and unmounts). */
public final class VirtualWork {
  @BoundaryOperation("virtual_op")
  public int run(@DocCount int docs) throws InterruptedException {
    int encoded = encode(docs);
    send();
    return encoded;
  }

  @BoundaryPhase(Phase.CONVERT)
  int encode(int docs) {
    return Integer.toString(docs).length();
  }

  @BoundaryPhase(Phase.NETWORK)
  void send() throws InterruptedException {
    Thread.sleep(1); // a virtual thread unmounts here; another one runs on its carrier
  }
}
