package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The warm-up a simulation ran before its measured load ({@code warmUp} of a run summary): how long
 * it lasted, in seconds, and how many requests it sent. Either may be null when the summary leaves
 * it out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WarmUpSummary(Double seconds, Long requests) {}
