package dev.boundarytracer.it.jmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.RunnableFuture;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The rules jar in an OSGi framework beside JMC 9's own bundles (common, flightrecorder,
 * flightrecorder.rules and their libraries), as in JMC's desktop application: it resolves and
 * starts, the classes its services file names are rules of JMC's rules bundle, and a rule evaluates
 * the contended demo's recording there, parsed by JMC's bundle.
 */
class JmcBundleOsgiIT {
  private static final String SERVICES =
      "META-INF/services/org.openjdk.jmc.flightrecorder.rules.IRule";

  @TempDir Path storage;

  @Test
  void resolvesBesideJmcsBundlesAndProvidesJmcRules() throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    // JMC's runtime (Equinox) delegates JDK packages to the boot class loader by default.
    config.put(Constants.FRAMEWORK_BOOTDELEGATION, "*");
    Framework framework =
        ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
    framework.start();
    try {
      BundleContext context = framework.getBundleContext();
      Bundle rulesBundle = null;
      for (Path jar : Artifacts.libs("jmc")) {
        Bundle bundle = context.installBundle(jar.toUri().toString());
        if ("org.openjdk.jmc.flightrecorder.rules".equals(bundle.getSymbolicName())) {
          rulesBundle = bundle;
        }
      }
      assertNotNull(rulesBundle, "JMC's rules bundle");
      Bundle ours = context.installBundle(Artifacts.jmcRulesJar().toUri().toString());
      ours.start();
      assertEquals(Bundle.ACTIVE, ours.getState(), "state of " + ours.getSymbolicName());
      Class<?> ruleType = rulesBundle.loadClass("org.openjdk.jmc.flightrecorder.rules.IRule");
      List<String> names = serviceNames();
      assertEquals(JmcRuleFamilies.FAMILIES.size(), names.size(), "rules: " + names);
      for (String name : names) {
        Class<?> type = ours.loadClass(name);
        assertTrue(ruleType.isAssignableFrom(type), name + " is an IRule of JMC's bundle");
        Object rule = type.getConstructor().newInstance();
        String id = (String) ruleType.getMethod("getId").invoke(rule);
        assertTrue(JmcRuleFamilies.FAMILIES.containsKey(id), "rule id " + id);
      }
      assertEquals("Warning", lockHeldSeverityOfTheContendedDemo(rulesBundle, ours));
    } finally {
      framework.stop();
      framework.waitForStop(10_000);
    }
  }

  /** The lock-held rule evaluated inside the framework, with JMC's parser, as the desktop does. */
  private static String lockHeldSeverityOfTheContendedDemo(Bundle jmcRules, Bundle ours)
      throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("contended");
    Object items =
        jmcRules
            .loadClass("org.openjdk.jmc.flightrecorder.JfrLoaderToolkit")
            .getMethod("loadEvents", File.class)
            .invoke(null, demo.jfrPath().toFile());
    Object rule =
        ours.loadClass("dev.boundarytracer.jmc.rules.LockHeldRule").getConstructor().newInstance();
    Class<?> preferences =
        jmcRules.loadClass("org.openjdk.jmc.common.util.IPreferenceValueProvider");
    Method create = null;
    for (Method m : rule.getClass().getMethods()) {
      if (m.getName().equals("createEvaluation")) {
        create = m;
      }
    }
    assertNotNull(create, "createEvaluation");
    RunnableFuture<?> evaluation =
        (RunnableFuture<?>)
            create.invoke(rule, items, preferences.getField("DEFAULT_VALUES").get(null), null);
    evaluation.run();
    Object result = evaluation.get();
    Object severity =
        jmcRules
            .loadClass("org.openjdk.jmc.flightrecorder.rules.IResult")
            .getMethod("getSeverity")
            .invoke(result);
    return (String) severity.getClass().getMethod("getLocalizedName").invoke(severity);
  }

  private static List<String> serviceNames() throws Exception {
    try (JarFile jar = new JarFile(Artifacts.jmcRulesJar().toFile());
        InputStream in = jar.getInputStream(jar.getJarEntry(SERVICES))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }
}
