package dev.boundarytracer.agent.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BridgeMethodsTest {

  @Test
  void ownerNamesTheBridgeClass() {
    assertEquals(HookBridge.class.getName().replace('.', '/'), BridgeMethods.OWNER);
  }

  @Test
  void everyEmittedCallResolvesToAPublicStaticBridgeMethod() {
    List<String> emitted = new ArrayList<>();
    emitted.add(BridgeMethods.BEFORE_MONITOR_ENTER + BridgeMethods.MONITOR_HOOK);
    emitted.add(BridgeMethods.AFTER_MONITOR_ENTER + BridgeMethods.MONITOR_HOOK);
    emitted.add(BridgeMethods.BEFORE_MONITOR_EXIT + BridgeMethods.MONITOR_HOOK);
    emitted.add(BridgeMethods.DESIGNATE + BridgeMethods.DESIGNATE_DESCRIPTOR);
    for (Map<String, String> calls :
        List.of(
            BridgeMethods.LOCK_CALLS, BridgeMethods.CONDITION_CALLS, BridgeMethods.WAIT_CALLS)) {
      calls.forEach((call, replacement) -> emitted.add(nameOf(call) + replacement));
    }
    List<String> bridge = new ArrayList<>();
    for (Method m : HookBridge.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
        bridge.add(m.getName() + descriptorOf(m));
      }
    }
    for (String call : emitted) {
      assertTrue(bridge.contains(call), () -> call + " is not a method of " + bridge);
    }
  }

  @Test
  void replacementTakesTheReceiverFirstAndKeepsTheCallsShape() {
    BridgeMethods.LOCK_CALLS.forEach(
        (call, replacement) -> assertShape(BridgeMethods.LOCK, call, replacement));
    BridgeMethods.CONDITION_CALLS.forEach(
        (call, replacement) -> assertShape(BridgeMethods.CONDITION, call, replacement));
    BridgeMethods.WAIT_CALLS.forEach(
        (call, replacement) -> assertShape("java/lang/Object", call, replacement));
  }

  @Test
  void bridgeSignaturesNameJdkTypesOnly() {
    for (Method m : HookBridge.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
      types.add(m.getReturnType());
      for (Class<?> type : types) {
        Class<?> t = type;
        while (t.isArray()) {
          t = t.getComponentType(); // long[], boolean[]: JDK types like their elements
        }
        Class<?> element = t;
        assertTrue(
            element.isPrimitive() || element.getName().startsWith("java."),
            () -> m + " names " + type.getName() + ", which a child-first loader may hold twice");
      }
    }
  }

  private static void assertShape(String receiver, String call, String replacement) {
    String descriptor = call.substring(call.indexOf('('));
    assertEquals("(L" + receiver + ";" + descriptor.substring(1), replacement, call);
  }

  private static String nameOf(String call) {
    return call.substring(0, call.indexOf('('));
  }

  private static String descriptorOf(Method m) {
    return MethodType.methodType(m.getReturnType(), m.getParameterTypes())
        .toMethodDescriptorString();
  }
}
