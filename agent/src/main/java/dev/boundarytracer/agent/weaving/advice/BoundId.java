package dev.boundarytracer.agent.weaving.advice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an advice parameter that receives a constant bound at weave time: the operation id for
 * operation advice, the method id for phase advice.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface BoundId {}
