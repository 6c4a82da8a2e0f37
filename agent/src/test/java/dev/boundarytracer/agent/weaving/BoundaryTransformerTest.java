package dev.boundarytracer.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.recording.Recorder;
import dev.boundarytracer.snapshot.OperationSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Weaves {@link SampleRepository} in-process with the agent's transformer and calls it. */
class BoundaryTransformerTest {
  private static final ByteArrayOutputStream WARNINGS = new ByteArrayOutputStream();
  private static Class<?> woven;

  @BeforeAll
  static void weave() {
    PrintStream err = new PrintStream(WARNINGS, true, StandardCharsets.UTF_8);
    BoundaryTransformer transformer =
        new BoundaryTransformer(
            new Warnings(err),
            ClassFileLocator.ForClassLoader.of(BoundaryTransformerTest.class.getClassLoader()));
    TypeDescription type = TypeDescription.ForLoadedType.of(SampleRepository.class);
    DynamicType.Builder<?> builder =
        transformer.transform(
            new ByteBuddy().redefine(SampleRepository.class), type, null, null, null);
    woven =
        builder
            .make()
            .load(
                BoundaryTransformerTest.class.getClassLoader(),
                ClassLoadingStrategy.Default.CHILD_FIRST)
            .getLoaded();
  }

  private static OperationSnapshot operation(String name) {
    return Recorder.runtime().snapshot().operations().stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no operation " + name + " in " + Recorder.runtime().snapshot().operations()));
  }

  @Test
  void recordsOperationWithItsFourPhasesDocsAndDeclaredLocks() throws Exception {
    Object repo = woven.getConstructor().newInstance();
    Method insert = woven.getMethod("insertMany", List.class);
    for (int i = 0; i < 3; i++) {
      assertEquals(42, insert.invoke(repo, List.of("a", "b", "c", "d", "e")));
    }
    OperationSnapshot op = operation("weaving.insert_many");
    assertEquals(3, op.count());
    assertEquals(15, op.docs());
    assertEquals(4, op.phases().size());
    for (var p : op.phases()) {
      assertEquals(3, p.count(), p.phase() + " count");
    }
    assertEquals(LockUse.HELD, op.phase(Phase.CONVERT).lock(), "lock = HELD on convert");
    assertEquals(LockUse.RELEASED, op.phase(Phase.NETWORK).lock());
    assertEquals(3, op.lockReleases(), "only network releases the lock here");
    long held =
        op.phase(Phase.EXTRACT).nanos().sumNanos()
            + op.phase(Phase.CONVERT).nanos().sumNanos()
            + op.phase(Phase.MATERIALIZE).nanos().sumNanos();
    assertEquals(held, op.lockHeldNanos());
    assertEquals(0, SuppressedErrors.count());
  }

  @Test
  void applicationExceptionPassesThroughUnchangedAndIsCountedAsError() throws Exception {
    Object repo = woven.getConstructor().newInstance();
    Method failing = woven.getMethod("failing");
    InvocationTargetException thrown = null;
    try {
      failing.invoke(repo);
    } catch (InvocationTargetException e) {
      thrown = e;
    }
    Throwable cause = thrown.getCause();
    assertSame(
        woven.getClassLoader().loadClass(SampleRepository.StoreException.class.getName()),
        cause.getClass());
    assertEquals("disk full", cause.getMessage());
    assertEquals("failingConvert", cause.getStackTrace()[0].getMethodName());
    OperationSnapshot op = operation("weaving.failing");
    assertEquals(1, op.errors());
    assertEquals(1, op.phase(Phase.CONVERT).errors());
  }

  @Test
  void phaseCalledOutsideAnOperationIsRecordedUnderItsOperationAttribute() throws Exception {
    Object repo = woven.getConstructor().newInstance();
    Method materialize = woven.getDeclaredMethod("materialize");
    materialize.setAccessible(true);
    materialize.invoke(repo);
    assertEquals(1, operation("weaving.standalone").phase(Phase.MATERIALIZE).count());
  }

  @Test
  void docCountOnUnsupportedTypeGetsOneWarning() {
    String warnings = WARNINGS.toString(StandardCharsets.UTF_8);
    assertTrue(warnings.contains("@DocCount on parameter 0 of"), warnings);
    assertTrue(
        warnings.contains("SampleRepository#badDocCount has type java.lang.String"), warnings);
    assertTrue(
        warnings.contains("accepted: int, long, short, byte, Collection, Map or an array"),
        warnings);
    assertEquals(1, warnings.strip().split("\n").length, warnings);
  }
}
