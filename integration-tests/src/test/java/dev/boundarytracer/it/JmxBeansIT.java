package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.live.LiveDemos;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.LiveJvm;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * The MBeans of {@code jmx=true}, read from this JVM through the JDK's remote JMX connector while
 * the demo waits after its work, agree with the JSON report written at exit.
 */
class JmxBeansIT {
  @Test
  void mbeansAgreeWithTheExitReport() throws Exception {
    Path dir = Artifacts.freshWorkDir("jmx");
    Path json = dir.resolve("report.json");
    Path written = dir.resolve("written.json");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String[] jvm = {
      "-Dcom.sun.management.jmxremote.port=" + port,
      "-Dcom.sun.management.jmxremote.rmi.port=" + port,
      "-Dcom.sun.management.jmxremote.host=127.0.0.1",
      "-Dcom.sun.management.jmxremote.authenticate=false",
      "-Dcom.sun.management.jmxremote.ssl=false",
      "-Djava.rmi.server.hostname=127.0.0.1"
    };
    LiveJvm demo = LiveDemos.start(dir, "jmx=true,json=" + json, jvm, LiveDemos.SIZE);
    try {
      demo.awaitLine("READY");
      Map<String, Map<String, Object>> read = new HashMap<>();
      JMXServiceURL url =
          new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
      try (JMXConnector c = JMXConnectorFactory.connect(url)) {
        MBeanServerConnection mbs = c.getMBeanServerConnection();
        ObjectName agent = new ObjectName("dev.boundarytracer:type=Agent");
        String[] ops = awaitOperations(mbs, agent);
        for (String op : ops) {
          ObjectName name = new ObjectName("dev.boundarytracer:type=Operation,name=" + op);
          Map<String, Object> attrs = new HashMap<>();
          for (String a :
              new String[] {
                "CallCount",
                "ErrorCount",
                "DocCount",
                "MeanNanos",
                "P99Nanos",
                "LockHeldRatio",
                "ExtractCallCount",
                "ExtractP99Nanos",
                "ConvertP99Nanos",
                "RedFlags"
              }) {
            attrs.put(a, mbs.getAttribute(name, a));
          }
          read.put(op, attrs);
        }
        assertEquals(0L, mbs.getAttribute(agent, "SuppressedErrors"));
        assertEquals(
            Boolean.TRUE,
            mbs.invoke(
                agent,
                "writeReport",
                new Object[] {written.toString()},
                new String[] {String.class.getName()}));
      }
      demo.signal("TERM");
      demo.awaitExit();
      JsonNode report = JsonReports.read(json);
      Map<String, JsonNode> ops = JsonReports.operations(report);
      assertFalse(ops.isEmpty());
      assertEquals(ops.keySet(), read.keySet(), "operations with an MBean");
      for (Map.Entry<String, JsonNode> e : ops.entrySet()) {
        JsonNode op = e.getValue();
        Map<String, Object> m = read.get(e.getKey());
        assertEquals(op.path("count").asLong(), m.get("CallCount"), e.getKey());
        assertEquals(op.path("errors").asLong(), m.get("ErrorCount"), e.getKey());
        assertEquals(op.path("docs").asLong(), m.get("DocCount"), e.getKey());
        assertEquals(op.path("totalNanos").path("p99").asLong(), m.get("P99Nanos"), e.getKey());
        assertEquals(
            op.path("totalNanos").path("mean").asDouble(),
            (Double) m.get("MeanNanos"),
            1e-6 * op.path("totalNanos").path("mean").asDouble());
        assertEquals(
            op.path("lockHeldRatio").asDouble(), (Double) m.get("LockHeldRatio"), 1e-9, e.getKey());
        JsonNode extract = JsonReports.phases(op).get("EXTRACT");
        assertEquals(extract.path("count").asLong(), m.get("ExtractCallCount"), e.getKey());
        assertEquals(
            extract.path("nanos").path("p99").asLong(), m.get("ExtractP99Nanos"), e.getKey());
        CompositeData[] flags = (CompositeData[]) m.get("RedFlags");
        assertEquals(op.path("redFlags").size(), flags.length, e.getKey() + " red flags");
        for (int i = 0; i < flags.length; i++) {
          assertEquals(
              op.path("redFlags").get(i).path("id").asText(), flags[i].get("id"), e.getKey());
          assertEquals(
              op.path("redFlags").get(i).path("severity").asText().toUpperCase(Locale.ROOT),
              flags[i].get("severity"));
        }
      }
      assertTrue(Files.size(written) > 0, "writeReport wrote " + written);
      assertEquals(
          ops.keySet(),
          JsonReports.operations(JsonReports.read(written)).keySet(),
          "writeReport's operations");
    } finally {
      demo.destroy();
    }
  }

  private static String[] awaitOperations(MBeanServerConnection mbs, ObjectName agent)
      throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      if (mbs.isRegistered(agent)) {
        String[] ops = (String[]) mbs.getAttribute(agent, "Operations");
        boolean all = ops.length > 0;
        for (String op : ops) {
          all &= mbs.isRegistered(new ObjectName("dev.boundarytracer:type=Operation,name=" + op));
        }
        if (all) {
          return ops;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("operation MBeans not registered within 60 s");
      }
      Thread.sleep(200); // polling the remote MBean server for the agent's registrations
    }
  }
}
