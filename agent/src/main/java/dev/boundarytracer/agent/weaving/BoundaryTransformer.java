package dev.boundarytracer.agent.weaving;

import static net.bytebuddy.matcher.ElementMatchers.is;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.agent.weaving.advice.BoundId;
import dev.boundarytracer.agent.weaving.advice.DocArgument;
import dev.boundarytracer.agent.weaving.advice.OperationAdvice;
import dev.boundarytracer.agent.weaving.advice.OperationAdviceObjectDocs;
import dev.boundarytracer.agent.weaving.advice.PhaseAdvice;
import dev.boundarytracer.agent.weaving.advice.PhaseAdviceObjectDocs;
import dev.boundarytracer.recording.MethodRegistry;
import dev.boundarytracer.recording.MethodSpec;
import dev.boundarytracer.recording.OperationRegistry;
import java.security.ProtectionDomain;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.enumeration.EnumerationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/**
 * Adds operation and phase advice to each annotated method of a class. Ids are assigned here, at
 * weave time, and bound into the woven code as constants.
 */
final class BoundaryTransformer implements AgentBuilder.Transformer {

  private final Warnings warnings;
  private final ClassFileLocator adviceLocator;

  BoundaryTransformer(Warnings warnings, ClassFileLocator adviceLocator) {
    this.warnings = warnings;
    this.adviceLocator = adviceLocator;
  }

  @Override
  public DynamicType.Builder<?> transform(
      DynamicType.Builder<?> builder,
      TypeDescription type,
      ClassLoader loader,
      JavaModule module,
      ProtectionDomain domain) {
    for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
      AnnotationDescription.Loadable<BoundaryOperation> operation =
          method.getDeclaredAnnotations().ofType(BoundaryOperation.class);
      AnnotationDescription.Loadable<BoundaryPhase> phase =
          method.getDeclaredAnnotations().ofType(BoundaryPhase.class);
      if (operation == null && phase == null) {
        continue;
      }
      if (method.isAbstract() || method.isNative()) {
        warnings.warn(
            "@BoundaryOperation/@BoundaryPhase on "
                + (method.isNative() ? "native" : "abstract")
                + " method "
                + Weaving.describe(method)
                + " is ignored: only methods with a body can be profiled");
        continue;
      }
      DocCountParameter docs = DocCountParameter.of(method, warnings);
      if (method.isConstructor()) {
        if (phase != null) {
          int methodId = phaseMethodId(method, phase);
          builder = builder.visit(ConstructorAdvice.phase(methodId, adviceLocator).on(is(method)));
        }
        if (operation != null) {
          String name = operationName(method, operation.getValue("value").resolve(String.class));
          int operationId = OperationRegistry.idOf(name);
          builder =
              builder.visit(ConstructorAdvice.operation(operationId, adviceLocator).on(is(method)));
        }
        continue;
      }
      if (phase != null) {
        builder = builder.visit(phaseAdvice(method, phase, docs).on(is(method)));
      }
      if (operation != null) {
        builder = builder.visit(operationAdvice(method, operation, docs).on(is(method)));
      }
    }
    return builder;
  }

  private Advice operationAdvice(
      MethodDescription.InDefinedShape method,
      AnnotationDescription.Loadable<BoundaryOperation> annotation,
      DocCountParameter docs) {
    String name = operationName(method, annotation.getValue("value").resolve(String.class));
    int operationId = OperationRegistry.idOf(name);
    return advice(operationId, docs, OperationAdvice.class, OperationAdviceObjectDocs.class);
  }

  private Advice phaseAdvice(
      MethodDescription.InDefinedShape method,
      AnnotationDescription.Loadable<BoundaryPhase> annotation,
      DocCountParameter docs) {
    int methodId = phaseMethodId(method, annotation);
    return advice(methodId, docs, PhaseAdvice.class, PhaseAdviceObjectDocs.class);
  }

  private int phaseMethodId(
      MethodDescription.InDefinedShape method,
      AnnotationDescription.Loadable<BoundaryPhase> annotation) {
    Phase phase =
        Phase.valueOf(
            annotation.getValue("value").resolve(EnumerationDescription.class).getValue());
    LockUse lock =
        LockUse.valueOf(
            annotation.getValue("lock").resolve(EnumerationDescription.class).getValue());
    String fallback = operationName(method, annotation.getValue("operation").resolve(String.class));
    return MethodRegistry.register(
        new MethodSpec(
            OperationRegistry.idOf(fallback),
            phase,
            lock.resolve(phase),
            Weaving.describe(method)));
  }

  private Advice advice(
      int id, DocCountParameter docs, Class<?> numericAdvice, Class<?> objectAdvice) {
    Advice.WithCustomMapping mapping = Advice.withCustomMapping().bind(BoundId.class, id);
    if (!docs.present()) {
      mapping = mapping.bind(DocArgument.class, -1L);
    } else {
      mapping = mapping.bind(DocArgument.class, docs.parameter());
    }
    Class<?> adviceClass = docs.numeric() ? numericAdvice : objectAdvice;
    return mapping
        .to(TypeDescription.ForLoadedType.of(adviceClass), adviceLocator)
        .withExceptionHandler(SuppressedErrorHandler.COUNT);
  }

  private String operationName(MethodDescription.InDefinedShape method, String declared) {
    if (declared != null && !declared.isEmpty()) {
      if (!declared.isBlank()) {
        return declared;
      }
      warnings.warn(
          "blank operation name on "
              + Weaving.describe(method)
              + "; a name needs at least one visible character. Using the default name.");
    }
    String methodName = method.isConstructor() ? "<init>" : method.getName();
    return method.getDeclaringType().asErasure().getSimpleName() + "." + methodName;
  }
}
