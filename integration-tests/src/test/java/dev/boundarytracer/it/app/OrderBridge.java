package dev.boundarytracer.it.app;

import dev.boundarytracer.BoundaryContext;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A small document bridge with the four annotated phases, for runs that do not need the demo: one
 * {@code store_orders} operation per call of {@link #store(List)}.
 */
public final class OrderBridge {
  private final CRC32 wire = new CRC32();

  /**
   * Stores a batch: extract, convert, network, materialize, each once.
   *
   * @param orders the batch; its size is the operation's document count
   * @return one acknowledgement per order
   */
  @BoundaryOperation("store_orders")
  public List<String> store(@DocCount List<Order> orders) {
    List<Map<String, Object>> fields = extract(orders);
    BoundaryContext.setParallel(true);
    List<byte[]> encoded = convert(fields);
    long checksum = send(encoded);
    return materialize(orders, checksum);
  }

  @BoundaryPhase(Phase.EXTRACT)
  List<Map<String, Object>> extract(List<Order> orders) {
    List<Map<String, Object>> out = new ArrayList<>(orders.size());
    for (Order o : orders) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", o.id());
      m.put("customer", o.customer());
      m.put("amountCents", o.amountCents());
      out.add(m);
    }
    return out;
  }

  @BoundaryPhase(Phase.CONVERT)
  List<byte[]> convert(List<Map<String, Object>> fields) {
    List<byte[]> out = new ArrayList<>(fields.size());
    for (Map<String, Object> m : fields) {
      out.add(m.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  @BoundaryPhase(Phase.NETWORK)
  long send(List<byte[]> encoded) {
    wire.reset();
    for (byte[] b : encoded) {
      wire.update(b);
    }
    return wire.getValue();
  }

  @BoundaryPhase(Phase.MATERIALIZE)
  List<String> materialize(List<Order> orders, long checksum) {
    List<String> out = new ArrayList<>(orders.size());
    for (Order o : orders) {
      out.add(o.id() + ":" + Long.toHexString(checksum));
    }
    return out;
  }
}
