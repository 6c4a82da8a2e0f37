package dev.boundarytracer.agent.weaving.locks;

import dev.boundarytracer.BoundaryLock;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Which classes get lock-site weaving: classes that declare a boundary annotation ({@code
 * BoundaryOperation}, {@code BoundaryPhase} methods or {@code BoundaryLock} fields), and classes
 * whose name starts with a configured prefix ({@code boundary.lockSites}, and the package of each
 * {@code boundary.lock} field), and classes of designated objects and their superclasses ({@link
 * LockClasses}). Weaving every class would cost start-up time in large applications; lock sites in
 * other classes are not seen.
 */
public final class LockSiteMatcher extends ElementMatcher.Junction.AbstractBase<TypeDescription> {
  private final LockTargets targets;
  private final LockClasses classes;

  /**
   * @param targets what configuration designates
   * @param classes classes of designated objects
   */
  public LockSiteMatcher(LockTargets targets, LockClasses classes) {
    this.targets = targets;
    this.classes = classes;
  }

  @Override
  public boolean matches(TypeDescription type) {
    if (type.isAnnotation()) {
      return false;
    }
    if (targets.weavesSitesOf(type.getName()) || classes.contains(type.getName())) {
      return true;
    }
    for (FieldDescription.InDefinedShape f : type.getDeclaredFields()) {
      if (f.getDeclaredAnnotations().isAnnotationPresent(BoundaryLock.class)) {
        return true;
      }
    }
    for (MethodDescription.InDefinedShape m : type.getDeclaredMethods()) {
      if (m.getDeclaredAnnotations().isAnnotationPresent(BoundaryOperation.class)
          || m.getDeclaredAnnotations().isAnnotationPresent(BoundaryPhase.class)) {
        return true;
      }
    }
    return false;
  }
}
