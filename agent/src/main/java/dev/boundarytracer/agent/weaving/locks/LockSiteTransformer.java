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
 * synchronized methods.
 */
public final class LockSiteTransformer implements AgentBuilder.Transformer {
  private final LockTargets targets;
  private final ClassFileLocator adviceLocator;

  /**
   * @param targets what configuration designates
   * @param adviceLocator reads the advice classes' bytes from the agent jar
   */
  public LockSiteTransformer(LockTargets targets, ClassFileLocator adviceLocator) {
    this.targets = targets;
    this.adviceLocator = adviceLocator;
  }

  @Override
  public DynamicType.Builder<?> transform(
      DynamicType.Builder<?> builder,
      TypeDescription type,
      ClassLoader loader,
      JavaModule module,
      ProtectionDomain domain) {
    Map<String, String> fields = designatedFields(type, targets);
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
      return new LockSiteVisitor(methodVisitor, owner, fields);
    }
  }
}
