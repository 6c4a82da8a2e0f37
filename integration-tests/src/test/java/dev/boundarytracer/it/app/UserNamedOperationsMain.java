package dev.boundarytracer.it.app;

import dev.boundarytracer.BoundaryTracer;

/**
 * Names operations from user data, as a careless application would: one {@link BoundaryTracer} per
 * customer id, each a distinct operation name, each timing an extract and a convert phase.
 *
 * <p>Arguments: {@code [names]}, default 3000. Prints {@code traced N operations}.
 */
public final class UserNamedOperationsMain {
  private UserNamedOperationsMain() {}

  public static void main(String[] args) {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    for (int i = 0; i < names; i++) {
      BoundaryTracer tracer = new BoundaryTracer("lookup-customer-" + i);
      tracer.startExtract();
      tracer.endExtract();
      tracer.startConvert();
      tracer.endConvert();
      tracer.setDocCount(1);
      tracer.finish();
    }
    System.out.println("traced " + names + " operations");
  }
}
