package io.mqharness.simulations.warmup;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * What one warm-up user does ({@code chain}) and the words the announcement uses for it ({@code
 * eachUser}).
 */
public record WarmUpLoad(ChainBuilder chain, String eachUser) {}
