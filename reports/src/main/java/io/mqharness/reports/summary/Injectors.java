package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code injectors} of a run summary when a run was spread over several injector processes. A
 * partial summary, written by one injector, has {@code count} and its 0-based {@code index}; a
 * summary merged from the parts has {@code count}, {@code merged = true} and the folders of the
 * parts in {@code parts} (empty when not given).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Injectors(Integer count, Integer index, Boolean merged, List<String> parts) {

  public Injectors {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** True for a summary merged from its injectors' parts: its figures cover the whole run. */
  public boolean mergedFromParts() {
    return Boolean.TRUE.equals(merged);
  }

  /**
   * True for one injector's own summary, not merged, when there were several: its figures cover
   * that injector's share only. A run of one injector ({@code count} 1) is whole.
   */
  public boolean partial() {
    return !mergedFromParts() && (count == null || count > 1);
  }
}
