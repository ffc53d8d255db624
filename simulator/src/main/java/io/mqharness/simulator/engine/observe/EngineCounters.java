package io.mqharness.simulator.engine.observe;

import java.util.Map;

/**
 * Cumulative counts since start or the last reset. {@code published} counts every accepted publish,
 * half messages included ({@code halfPublished} counts those alone); {@code delivered} counts every
 * delivery to a consumer group, {@code redelivered} those with ConsumedTimes above 1; {@code
 * halfChecks} counts half pops; {@code expired} counts messages that left a topic's log when their
 * retention ended, {@code evicted} those that left it early to make room in a full store ({@code
 * maxStoredMessages}); {@code rejected} is keyed by wire code; {@code waitingConsumers} is a
 * current value.
 */
public record EngineCounters(
    long published,
    long halfPublished,
    long delivered,
    long redelivered,
    long acked,
    long committed,
    long rolledBack,
    long halfChecks,
    long deadLettered,
    long expired,
    long evicted,
    Map<String, Long> rejected,
    int waitingConsumers) {
  public EngineCounters {
    rejected = Map.copyOf(rejected);
  }
}
