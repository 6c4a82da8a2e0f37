package dev.boundarytracer.agent.weaving.locks;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.isSynchronized;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dev.boundarytracer.BoundaryLock;
import dev.boundarytracer.agent.weaving.advice.StaticSynchronizedMethodAdvice;
import dev.boundarytracer.agent.weaving.advice.SynchronizedMethodAdvice;
import java.security.ProtectionDomain;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaModule;

/**
 * Weaves a class's lock sites ({@link LockSiteVisitor}) into every method, constructor and static
 * initialiser, designation hooks into stores to its designated fields, and advice into its
 * synchronized methods (which counts when the method's receiver, or its class for a static one, is
 * a designated lock).
 */
public final class LockSiteTransformer implements AgentBuilder.Transformer {
  private static final Set<String> NOT_LOCKS =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double");

  private final LockTargets targets;
  private final LockClasses classes;
  private final ClassFileLocator adviceLocator;
  private final Consumer<String> warn;
  private final Set<String> warnedFields = ConcurrentHashMap.newKeySet();

  /**
   * @param targets what configuration designates
   * @param classes classes of designated objects; the declared types of designated fields are added
   * @param adviceLocator reads the advice classes' bytes from the agent jar
   * @param warn receives one line per designated field whose type cannot be a lock
   */
  public LockSiteTransformer(
      LockTargets targets,
      LockClasses classes,
      ClassFileLocator adviceLocator,
      Consumer<String> warn) {
    this.targets = targets;
    this.classes = classes;
    this.adviceLocator = adviceLocator;
    this.warn = warn;
  }

  @Override
  public DynamicType.Builder<?> transform(
      DynamicType.Builder<?> builder,
      TypeDescription type,
      ClassLoader loader,
      JavaModule module,
      ProtectionDomain domain) {
    Map<String, String> fields = designatedFields(type, targets);
    checkFieldTypes(type, fields);
    classes.woven(type.getName());
    classes.fieldsWoven(type.getName(), fields);
    String owner = type.getInternalName();
    builder =
        builder.visit(
            new AsmVisitorWrapper.ForDeclaredMethods()
                .invokable(any(), new SiteWrapper(owner, fields)));
    builder =
        builder.visit(
            Advice.to(
                    TypeDescription.ForLoadedType.of(SynchronizedMethodAdvice.class), adviceLocator)
                .on(
                    isSynchronized()
                        .and(not(isStatic()))
                        .and(not(isAbstract()))
                        .and(not(isNative()))));
    builder =
        builder.visit(
            Advice.to(
                    TypeDescription.ForLoadedType.of(StaticSynchronizedMethodAdvice.class),
                    adviceLocator)
                .on(isSynchronized().and(isStatic()).and(not(isNative()))));
    return builder;
  }

  /**
   * Leaves out designated fields whose type cannot be a lock (a string or a boxed primitive, which
   * the JVM shares between unrelated code), with one warning per field; adds the declared types of
   * the others to {@link LockClasses}.
   */
  private void checkFieldTypes(TypeDescription type, Map<String, String> fields) {
    for (FieldDescription.InDefinedShape field : type.getDeclaredFields()) {
      if (!fields.containsKey(field.getName())) {
        continue;
      }
      TypeDescription fieldType = field.getType().asErasure();
      if (fieldType.isPrimitive() || NOT_LOCKS.contains(fieldType.getName())) {
        fields.remove(field.getName());
        String where = type.getName() + "#" + field.getName();
        if (warnedFields.add(where)) {
          warn.accept(
              "designated lock field "
                  + where
                  + " is a "
                  + fieldType.getSimpleName()
                  + ", which cannot be a lock (strings and boxed numbers are shared across"
                  + " unrelated code); not measured. Designate the object the code synchronizes on"
                  + " or a Lock.");
        }
        continue;
      }
      classes.addDeclared(fieldType.getName());
    }
  }

  /** Field name to lock name: {@code @BoundaryLock} fields and configured fields of this type. */
  static Map<String, String> designatedFields(TypeDescription type, LockTargets targets) {
    Map<String, String> fields = new HashMap<>();
    for (FieldDescription.InDefinedShape field : type.getDeclaredFields()) {
      AnnotationDescription.Loadable<BoundaryLock> lock =
          field.getDeclaredAnnotations().ofType(BoundaryLock.class);
      if (lock != null) {
        String name = lock.getValue("value").resolve(String.class);
        fields.put(
            field.getName(),
            name == null || name.isBlank() ? type.getSimpleName() + "." + field.getName() : name);
      }
    }
    for (LockTargets.Field f : targets.fields()) {
      if (f.className().equals(type.getName())) {
        fields.putIfAbsent(f.field(), f.lockName());
      }
    }
    return fields;
  }

  /** Whether the type pool shows the class (internal name) to implement {@code Lock}. */
  private static boolean isLock(TypePool typePool, String internalName) {
    try {
      TypePool.Resolution resolution = typePool.describe(internalName.replace('/', '.'));
      return resolution.isResolved() && resolution.resolve().isAssignableTo(Lock.class);
    } catch (RuntimeException unresolvable) {
      return false;
    }
  }

  /** Wraps each method's visitor in a {@link LockSiteVisitor}. */
  private static final class SiteWrapper
      implements AsmVisitorWrapper.ForDeclaredMethods.MethodVisitorWrapper {
    private final String owner;
    private final Map<String, String> fields;

    SiteWrapper(String owner, Map<String, String> fields) {
      this.owner = owner;
      this.fields = fields;
    }

    @Override
    public MethodVisitor wrap(
        TypeDescription instrumentedType,
        MethodDescription instrumentedMethod,
        MethodVisitor methodVisitor,
        Implementation.Context implementationContext,
        TypePool typePool,
        int writerFlags,
        int readerFlags) {
      return new LockSiteVisitor(methodVisitor, owner, fields, name -> isLock(typePool, name));
    }
  }
}
