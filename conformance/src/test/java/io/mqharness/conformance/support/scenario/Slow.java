package io.mqharness.conformance.support.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The scenario lets protocol time pass (invisibility, check immunity, timer delays): instant on a
 * simulator's virtual clock, real minutes on a real instance. {@code -DexcludedGroups=slow} leaves
 * these out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
