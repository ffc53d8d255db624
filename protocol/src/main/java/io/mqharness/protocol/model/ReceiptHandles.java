package io.mqharness.protocol.model;

import java.util.List;

/**
 * Body of an ack, commit or rollback (DELETE), root {@code <ReceiptHandles>} (SPEC §4.5). May be
 * empty on the wire.
 */
public record ReceiptHandles(List<String> handles) {
  public ReceiptHandles {
    handles = List.copyOf(handles);
  }
}
