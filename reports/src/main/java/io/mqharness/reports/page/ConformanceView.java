package io.mqharness.reports.page;

import io.mqharness.reports.conformance.ConformanceMatrix;

/**
 * The conformance inputs the page shows; a null href or matrix means that input does not exist yet.
 */
public record ConformanceView(String allureHref, String matrixHref, ConformanceMatrix matrix) {}
