package dev.boundarytracer.benchmarks.startup;

import dev.boundarytracer.BoundaryOperation;

/**
 * The 21 operations of {@link AnnotatedStartup}: seven stores, each its own class (loaded, and so
 * woven, when first called), with three operations that run the four {@link Phases}.
 */
final class Stores {
  private Stores() {}

  /** Three operations on orders. */
  static final class Orders extends Phases {
    private Orders() {}

    @BoundaryOperation("insert_orders")
    static long insert(long seed) {
      return run(seed);
    }

    @BoundaryOperation("find_orders")
    static long find(long seed) {
      return run(seed);
    }

    @BoundaryOperation("update_orders")
    static long update(long seed) {
      return run(seed);
    }
  }

  /** Three operations on customers. */
  static final class Customers extends Phases {
    private Customers() {}

    @BoundaryOperation("insert_customers")
    static long insert(long seed) {
      return run(seed);
    }

    @BoundaryOperation("find_customers")
    static long find(long seed) {
      return run(seed);
    }

    @BoundaryOperation("update_customers")
    static long update(long seed) {
      return run(seed);
    }
  }

  /** Three operations on invoices. */
  static final class Invoices extends Phases {
    private Invoices() {}

    @BoundaryOperation("insert_invoices")
    static long insert(long seed) {
      return run(seed);
    }

    @BoundaryOperation("find_invoices")
    static long find(long seed) {
      return run(seed);
    }

    @BoundaryOperation("update_invoices")
    static long update(long seed) {
      return run(seed);
    }
  }

  /** Three operations on shipments. */
  static final class Shipments extends Phases {
    private Shipments() {}

    @BoundaryOperation("insert_shipments")
    static long insert(long seed) {
      return run(seed);
    }

    @BoundaryOperation("find_shipments")
    static long find(long seed) {
      return run(seed);
    }

    @BoundaryOperation("update_shipments")
    static long update(long seed) {
      return run(seed);
    }
  }

  /** Three operations on products. */
  static final class Products extends Phases {
    private Products() {}

    @BoundaryOperation("insert_products")
    static long insert(long seed) {
      return run(seed);
    }

    @BoundaryOperation("find_products")
    static long find(long seed) {
      return run(seed);
    }

    @BoundaryOperation("update_products")
    static long update(long seed) {
      return run(seed);
    }
  }

  /** Three operations on payments. */
  static final class Payments extends Phases {
    private Payments() {}

    @BoundaryOperation("insert_payments")
    static long insert(long seed) {
      return run(seed);
    }

    @BoundaryOperation("find_payments")
    static long find(long seed) {
      return run(seed);
    }

    @BoundaryOperation("update_payments")
    static long update(long seed) {
      return run(seed);
    }
  }

  /** Three operations on reviews. */
  static final class Reviews extends Phases {
    private Reviews() {}

    @BoundaryOperation("insert_reviews")
    static long insert(long seed) {
      return run(seed);
    }

    @BoundaryOperation("find_reviews")
    static long find(long seed) {
      return run(seed);
    }

    @BoundaryOperation("update_reviews")
    static long update(long seed) {
      return run(seed);
    }
  }
}
