package dev.boundarytracer.demo.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agent finds the bridge through its annotations, so their layout is part of the demo's
 * contract: one operation method per operation with a @DocCount parameter, and methods for all four
 * phases with the lock declarations the profiles rely on.
 */
class AnnotationLayoutTest {

  @Test
  void eachOperationHasOneNamedOperationMethodWithADocCountParameter() {
    assertOperation(InsertManyOperation.class, "insert_many", List.class);
    assertOperation(FindOperation.class, "find", int.class);
    assertOperation(UpdateManyOperation.class, "update_many", List.class);
  }

  @Test
  void writeOperationsHaveAllFourPhases() {
    for (Class<?> operation : List.of(InsertManyOperation.class, UpdateManyOperation.class)) {
      Map<Phase, List<LockUse>> phases = phases(operation, ExtractStage.class, EncodeStage.class);
      assertEquals(List.of(LockUse.DEFAULT), phases.get(Phase.EXTRACT));
      assertEquals(
          List.of(LockUse.DEFAULT, LockUse.DEFAULT, LockUse.HELD),
          sorted(phases.get(Phase.CONVERT)));
      assertEquals(List.of(LockUse.DEFAULT), phases.get(Phase.NETWORK));
      assertEquals(List.of(LockUse.DEFAULT), phases.get(Phase.MATERIALIZE));
    }
  }

  @Test
  void findHasAllFourPhases() {
    Map<Phase, List<LockUse>> phases = phases(FindOperation.class, DecodeStage.class);
    assertEquals(List.of(LockUse.DEFAULT), phases.get(Phase.EXTRACT));
    assertEquals(
        List.of(LockUse.DEFAULT, LockUse.DEFAULT, LockUse.HELD), sorted(phases.get(Phase.CONVERT)));
    assertEquals(List.of(LockUse.DEFAULT), phases.get(Phase.NETWORK));
    assertEquals(List.of(LockUse.DEFAULT), phases.get(Phase.MATERIALIZE));
  }

  private static void assertOperation(Class<?> type, String name, Class<?> docCountType) {
    List<Method> operations = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(BoundaryOperation.class)) {
        operations.add(method);
      }
    }
    assertEquals(1, operations.size(), type.getSimpleName());
    Method operation = operations.get(0);
    assertEquals(name, operation.getAnnotation(BoundaryOperation.class).value());
    Parameter counted = null;
    for (Parameter parameter : operation.getParameters()) {
      if (parameter.isAnnotationPresent(DocCount.class)) {
        counted = parameter;
      }
    }
    assertNotNull(counted, name + " has a @DocCount parameter");
    assertTrue(docCountType.isAssignableFrom(counted.getType()), counted.toString());
  }

  private static Map<Phase, List<LockUse>> phases(Class<?>... types) {
    Map<Phase, List<LockUse>> phases = new EnumMap<>(Phase.class);
    for (Class<?> type : types) {
      for (Method method : type.getDeclaredMethods()) {
        BoundaryPhase phase = method.getAnnotation(BoundaryPhase.class);
        if (phase != null) {
          phases.computeIfAbsent(phase.value(), p -> new ArrayList<>()).add(phase.lock());
        }
      }
    }
    return phases;
  }

  private static List<LockUse> sorted(List<LockUse> uses) {
    List<LockUse> copy = new ArrayList<>(uses);
    copy.sort(null);
    return copy;
  }
}
