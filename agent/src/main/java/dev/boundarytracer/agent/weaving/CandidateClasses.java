package dev.boundarytracer.agent.weaving;

import dev.boundarytracer.agent.startup.ActivationMarkers;
import dev.boundarytracer.agent.weaving.locks.LockClasses;
import dev.boundarytracer.agent.weaving.locks.LockTargets;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.Set;

/**
 * Hands ByteBuddy only the class files the weaving can change, decided from the class's name and a
 * search of its bytes, so that the other classes an application loads are not parsed at all.
 *
 * <p>A class is a candidate when it names a boundary annotation or the runtime's API (the markers
 * of {@link ActivationMarkers}: every annotated method, and every {@code @BoundaryLock} field, puts
 * one in the constant pool), when configuration weaves its lock sites ({@code boundary.lockSites},
 * the class of a {@code boundary.lock} field), when it is the class or a superclass of a designated
 * object, or whenever pointcuts are configured (they select classes by name patterns and
 * supertypes, which only ByteBuddy resolves). Retransformations are always handed on. The agent's
 * own classes never are: they carry the markers but nothing to weave.
 */
final class CandidateClasses implements ClassFileTransformer {
  /** The agent's own packages under {@code dev/boundarytracer/}, as in class file names. */
  static final Set<String> AGENT_PACKAGES =
      Set.of(
          "agent",
          "shaded",
          "batch",
          "config",
          "flags",
          "internal",
          "jfr",
          "jmc",
          "jvm",
          "live",
          "locks",
          "parallel",
          "recording",
          "report",
          "snapshot");

  private static final String ROOT = "dev/boundarytracer/";

  private final ClassFileTransformer weaving;
  private final LockTargets locks;
  private final LockClasses lockClasses;
  private final boolean pointcuts;

  /**
   * @param weaving ByteBuddy's transformer, which decides for the candidates
   * @param locks what configuration designates
   * @param lockClasses classes of designated objects, growing as objects are designated
   * @param pointcuts true when any pointcut is configured
   */
  CandidateClasses(
      ClassFileTransformer weaving, LockTargets locks, LockClasses lockClasses, boolean pointcuts) {
    this.weaving = weaving;
    this.locks = locks;
    this.lockClasses = lockClasses;
    this.pointcuts = pointcuts;
  }

  @Override
  public byte[] transform(
      Module module,
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] classfileBuffer)
      throws IllegalClassFormatException {
    if (classBeingRedefined == null && !isCandidate(className, classfileBuffer)) {
      return null;
    }
    return weaving.transform(
        module, loader, className, classBeingRedefined, protectionDomain, classfileBuffer);
  }

  /**
   * Whether a class being loaded may need weaving.
   *
   * @param internalName the class's name with slashes, null for classes defined without one
   * @param classFile its bytes
   * @return false only when weaving certainly leaves the class as it is
   */
  boolean isCandidate(String internalName, byte[] classFile) {
    if (internalName == null) {
      return true;
    }
    if (isAgentClass(internalName)) {
      return false;
    }
    if (pointcuts || ActivationMarkers.anyIn(classFile)) {
      return true;
    }
    String name = internalName.replace('/', '.');
    return locks.weavesSitesOf(name) || lockClasses.contains(name);
  }

  /**
   * Whether a class is one of the agent's own (its implementation and the libraries it shades).
   *
   * @param internalName a class name with slashes, not null
   * @return true for {@code dev/boundarytracer/<agent package>/...}
   */
  static boolean isAgentClass(String internalName) {
    if (!internalName.startsWith(ROOT)) {
      return false;
    }
    int end = internalName.indexOf('/', ROOT.length());
    return end > 0 && AGENT_PACKAGES.contains(internalName.substring(ROOT.length(), end));
  }
}
