package dev.boundarytracer.agent.weaving;

import static net.bytebuddy.matcher.ElementMatchers.is;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.agent.pointcut.DocSource;
import dev.boundarytracer.agent.pointcut.Pointcut;
import dev.boundarytracer.agent.weaving.advice.BoundId;
import dev.boundarytracer.agent.weaving.advice.DocArgument;
import dev.boundarytracer.agent.weaving.advice.OperationAdvice;
import dev.boundarytracer.agent.weaving.advice.OperationAdviceObjectDocs;
import dev.boundarytracer.agent.weaving.advice.OperationAdviceReturnCount;
import dev.boundarytracer.agent.weaving.advice.OperationAdviceReturnDocs;
import dev.boundarytracer.agent.weaving.advice.PhaseAdvice;
import dev.boundarytracer.agent.weaving.advice.PhaseAdviceObjectDocs;
import dev.boundarytracer.agent.weaving.advice.PhaseAdviceReturnCount;
import dev.boundarytracer.agent.weaving.advice.PhaseAdviceReturnDocs;
import dev.boundarytracer.internal.PointcutStatus;
import dev.boundarytracer.recording.MethodRegistry;
import dev.boundarytracer.recording.MethodSpec;
import dev.boundarytracer.recording.OperationRegistry;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Adds operation and phase advice to the methods that pointcuts of {@code boundary.pointcuts}
 * select, with the same advice and weave-time ids as annotated methods. Methods that also carry a
 * boundary annotation are left to the annotation. Abstract and native methods are skipped: a
 * pointcut that selects only such methods is reported as unmatched.
 */
final class PointcutTransformer implements AgentBuilder.Transformer {
  private final List<Pointcut> pointcuts;
  private final Warnings warnings;
  private final ClassFileLocator adviceLocator;

  PointcutTransformer(List<Pointcut> pointcuts, Warnings warnings, ClassFileLocator adviceLocator) {
    this.pointcuts = List.copyOf(pointcuts);
    this.warnings = warnings;
    this.adviceLocator = adviceLocator;
  }

  /**
   * @param pointcuts the pointcuts, not empty
   * @return a matcher of the types that declare a method some pointcut selects
   */
  static ElementMatcher.Junction<TypeDescription> types(List<Pointcut> pointcuts) {
    ElementMatcher.Junction<TypeDescription> any = null;
    for (Pointcut p : pointcuts) {
      ElementMatcher.Junction<TypeDescription> one =
          p.type().matcher().and(new DeclaresMethod(p.method().matcher()));
      any = any == null ? one : any.or(one);
    }
    return any;
  }

  @Override
  public DynamicType.Builder<?> transform(
      DynamicType.Builder<?> builder,
      TypeDescription type,
      ClassLoader loader,
      JavaModule module,
      ProtectionDomain domain) {
    List<Pointcut> forType = new ArrayList<>();
    for (Pointcut p : pointcuts) {
      if (p.type().matcher().matches(type)) {
        forType.add(p);
      }
    }
    for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
      if (method.isAbstract()
          || method.isNative()
          || method.isTypeInitializer()
          || method.isBridge()
          || method.isSynthetic()
          || annotated(method)) {
        continue;
      }
      for (Pointcut p : forType) {
        if (p.method().matcher().matches(method)) {
          PointcutStatus.matched(p.statusId());
          builder = builder.visit(advice(p, method).on(is(method)));
        }
      }
    }
    return builder;
  }

  private static boolean annotated(MethodDescription.InDefinedShape method) {
    return method.getDeclaredAnnotations().isAnnotationPresent(BoundaryOperation.class)
        || method.getDeclaredAnnotations().isAnnotationPresent(BoundaryPhase.class);
  }

  private Advice advice(Pointcut p, MethodDescription.InDefinedShape method) {
    int id = id(p, method);
    if (method.isConstructor()) {
      return p.isOperation()
          ? ConstructorAdvice.operation(id, adviceLocator)
          : ConstructorAdvice.phase(id, adviceLocator);
    }
    return advice(p, method, id);
  }

  private static int id(Pointcut p, MethodDescription.InDefinedShape method) {
    int id;
    if (p.isOperation()) {
      id = OperationRegistry.idOf(p.operation());
    } else {
      String fallback =
          p.operation() != null
              ? p.operation()
              : method.getDeclaringType().asErasure().getSimpleName()
                  + "."
                  + (method.isConstructor() ? "<init>" : method.getName());
      id =
          MethodRegistry.register(
              new MethodSpec(
                  OperationRegistry.idOf(fallback),
                  p.phase(),
                  p.lock().resolve(p.phase()),
                  Weaving.describe(method)));
    }
    return id;
  }

  private Advice advice(Pointcut p, MethodDescription.InDefinedShape method, int id) {
    Advice.WithCustomMapping mapping = Advice.withCustomMapping().bind(BoundId.class, id);
    Class<?> adviceClass;
    DocSource docs = p.docs();
    if (docs.returnValue()) {
      Kind kind = kindOf(method.getReturnType().asErasure(), p, "its return type");
      mapping = mapping.bind(DocArgument.class, -1L);
      adviceClass =
          kind == Kind.OBJECT
              ? (p.isOperation() ? OperationAdviceReturnDocs.class : PhaseAdviceReturnDocs.class)
              : kind == Kind.NUMBER
                  ? (p.isOperation()
                      ? OperationAdviceReturnCount.class
                      : PhaseAdviceReturnCount.class)
                  : (p.isOperation() ? OperationAdvice.class : PhaseAdvice.class);
    } else if (docs.parameterIndex() >= 0) {
      Kind kind = Kind.NONE;
      ParameterDescription.InDefinedShape param = null;
      if (docs.parameterIndex() < method.getParameters().size()) {
        param = method.getParameters().get(docs.parameterIndex());
        kind = kindOf(param.getType().asErasure(), p, "parameter " + docs.parameterIndex());
      } else {
        warnings.warn(
            p.source()
                + ": docs="
                + docs.parameterIndex()
                + " but "
                + Weaving.describe(method)
                + " has "
                + method.getParameters().size()
                + " parameters; no document count");
      }
      if (kind == Kind.NONE) {
        mapping = mapping.bind(DocArgument.class, -1L);
        adviceClass = p.isOperation() ? OperationAdvice.class : PhaseAdvice.class;
      } else {
        mapping = mapping.bind(DocArgument.class, param);
        adviceClass =
            kind == Kind.NUMBER
                ? (p.isOperation() ? OperationAdvice.class : PhaseAdvice.class)
                : (p.isOperation() ? OperationAdviceObjectDocs.class : PhaseAdviceObjectDocs.class);
      }
    } else {
      mapping = mapping.bind(DocArgument.class, -1L);
      adviceClass = p.isOperation() ? OperationAdvice.class : PhaseAdvice.class;
    }
    return mapping
        .to(TypeDescription.ForLoadedType.of(adviceClass), adviceLocator)
        .withExceptionHandler(SuppressedErrorHandler.COUNT);
  }

  /** How a value becomes a document count. */
  private enum Kind {
    NUMBER,
    OBJECT,
    NONE
  }

  private Kind kindOf(TypeDescription type, Pointcut p, String what) {
    if (type.represents(int.class)
        || type.represents(long.class)
        || type.represents(short.class)
        || type.represents(byte.class)) {
      return Kind.NUMBER;
    }
    if (type.isArray() || type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class)) {
      return Kind.OBJECT;
    }
    warnings.warn(
        p.source()
            + ": docs="
            + p.docs()
            + " reads "
            + what
            + " of type "
            + type.getName()
            + "; accepted: int, long, short, byte, Collection, Map or an array. No document count");
    return Kind.NONE;
  }

  /** Matches types that declare a method the given matcher accepts. */
  private static final class DeclaresMethod
      extends ElementMatcher.Junction.AbstractBase<TypeDescription> {
    private final ElementMatcher<? super MethodDescription> method;

    DeclaresMethod(ElementMatcher<? super MethodDescription> method) {
      this.method = method;
    }

    @Override
    public boolean matches(TypeDescription type) {
      for (MethodDescription.InDefinedShape m : type.getDeclaredMethods()) {
        if (method.matches(m)) {
          return true;
        }
      }
      return false;
    }
  }
}
