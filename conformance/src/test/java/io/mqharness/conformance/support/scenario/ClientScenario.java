package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.Capability;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A conformance scenario: runs once per selected client ({@code -Dclient=...}), with a connected
 * {@code MqClientAdapter} and a {@link TargetControl} as parameters. It is skipped for a client
 * that lacks one of {@link #capabilities()} and on a target that lacks one of {@link #needs()}.
 * {@link #spec()} names the SPEC section the scenario checks; it appears in the matrix and in
 * Allure.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ClientScenarioExtension.class)
@Tag("conformance")
public @interface ClientScenario {
  String spec();

  Capability[] capabilities() default {};

  TargetFeature[] needs() default {};
}
