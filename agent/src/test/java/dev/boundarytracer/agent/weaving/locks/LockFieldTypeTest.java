package dev.boundarytracer.agent.weaving.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.BoundaryLock;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import org.junit.jupiter.api.Test;

/**
 * A designated field whose type cannot be a lock gets one warning, however often its class is
 * woven; a field of the application's own type puts that type among the lock classes.
 */
class LockFieldTypeTest {
  private final List<String> warnings = new ArrayList<>();
  private final LockClasses classes = new LockClasses();
  private final LockSiteTransformer transformer =
      new LockSiteTransformer(
          LockTargets.NONE,
          classes,
          ClassFileLocator.ForClassLoader.of(LockFieldTypeTest.class.getClassLoader()),
          warnings::add);

  /** Fields a user might annotate. */
  static final class Fields {
    @BoundaryLock static final String NAME = "driver";
    @BoundaryLock static final Integer COUNT = 1;
    @BoundaryLock static final Guard GUARD = new Guard();
  }

  static final class Guard {
    synchronized void work() {}
  }

  @Test
  void stringAndBoxedNumberFieldsWarnOnceEachAndAreNotDesignated() {
    weave();
    weave();
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains(Fields.class.getName() + "#NAME"), warnings.get(0));
    assertTrue(warnings.get(0).contains("String"), warnings.get(0));
    assertTrue(warnings.get(1).contains(Fields.class.getName() + "#COUNT"), warnings.get(1));
    assertEquals(
        List.of("GUARD"),
        List.copyOf(classes.designatedFields().get(Fields.class.getName()).keySet()));
  }

  @Test
  void theDeclaredTypeOfADesignatedFieldIsALockClass() {
    weave();
    assertTrue(classes.contains(Guard.class.getName()));
    assertFalse(classes.contains(String.class.getName()));
  }

  private void weave() {
    TypeDescription type = TypeDescription.ForLoadedType.of(Fields.class);
    transformer.transform(new ByteBuddy().redefine(Fields.class), type, null, null, null);
  }
}
