package dev.boundarytracer.live;

import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.report.ProfileSink;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers the profile as MXBeans on the platform MBean server ({@code boundary.jmx=true}): {@code
 * dev.boundarytracer:type=Agent}, one {@code type=Operation,name=<operation>} per operation and one
 * {@code type=Lock,name=<lock>} per designated lock, as they appear (checked every two seconds by
 * one daemon thread). Readable in JConsole, VisualVM or any JMX client; the only operations are
 * {@code reset()} and {@code writeReport(path)}. Unregistered at exit.
 */
public final class JmxSink implements ProfileSink {
  static final String DOMAIN = "dev.boundarytracer";

  private final boolean enabled;
  private final Supplier<ProfileSnapshot> profile;
  private final PrintStream err;
  private final Set<ObjectName> registered = new HashSet<>();
  private JmxBeans.SnapshotCache cache;
  private ScheduledExecutorService refresher;

  /**
   * @param value the {@code boundary.jmx} value: {@code true} or {@code false}; anything else is
   *     reported and treated as false
   * @param profile builds the current snapshot with red flags, not null
   * @param err where problems are reported
   */
  public JmxSink(String value, Supplier<ProfileSnapshot> profile, PrintStream err) {
    String v = value == null ? "false" : value.trim().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      err.println(
          "[boundary-tracer] boundary.jmx="
              + value
              + " is not valid: expected true or false; no MBeans are registered");
    }
    this.enabled = v.equals("true");
    this.profile = profile;
    this.err = err;
  }

  /**
   * @return true when {@code boundary.jmx} asks for MBeans
   */
  public boolean enabled() {
    return enabled;
  }

  @Override
  public synchronized void start() {
    if (!enabled) {
      return;
    }
    cache = new JmxBeans.SnapshotCache(profile);
    register(name("Agent", null), new JmxBeans.Agent(cache, profile));
    refresh();
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "boundary-tracer-jmx");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(this::refresh, 2, 2, TimeUnit.SECONDS);
  }

  @Override
  public synchronized void exit(ProfileSnapshot snapshot) {
    if (refresher != null) {
      refresher.shutdownNow();
      refresher = null;
    }
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (ObjectName n : registered) {
      try {
        server.unregisterMBean(n);
      } catch (JMException | RuntimeException e) {
        SuppressedErrors.record(e);
      }
    }
    registered.clear();
  }

  /** Registers an MBean for each operation and lock that has none yet. */
  synchronized void refresh() {
    try {
      ProfileSnapshot s = cache.get();
      for (OperationSnapshot op : s.operations()) {
        ObjectName n = name("Operation", op.name());
        if (!registered.contains(n)) {
          register(n, new JmxBeans.Operation(op.name(), cache));
        }
      }
      for (LockSnapshot lock : s.locks()) {
        ObjectName n = name("Lock", lock.name());
        if (!registered.contains(n)) {
          register(n, new JmxBeans.Lock(lock.name(), cache));
        }
      }
    } catch (RuntimeException e) {
      SuppressedErrors.record(e);
    }
  }

  private void register(ObjectName name, Object bean) {
    try {
      ManagementFactory.getPlatformMBeanServer().registerMBean(bean, name);
      registered.add(name);
    } catch (JMException e) {
      err.println("[boundary-tracer] boundary.jmx: cannot register " + name + ": " + e);
      registered.add(name); // reported once, not retried
    }
  }

  static ObjectName name(String type, String name) {
    try {
      String n = DOMAIN + ":type=" + type;
      if (name != null) {
        n += ",name=" + (needsQuoting(name) ? ObjectName.quote(name) : name);
      }
      return new ObjectName(n);
    } catch (JMException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static boolean needsQuoting(String value) {
    for (char c : value.toCharArray()) {
      if (c == ',' || c == '=' || c == ':' || c == '"' || c == '*' || c == '?' || c == '\n') {
        return true;
      }
    }
    return value.isEmpty();
  }
}
