package io.mqharness.simulator.wiremock.journal;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;

/**
 * WireMock's default stores (stubs, scenarios, files), with the request journal in a {@link
 * BoundedRequestJournalStore} of {@code journalEntries}. The simulator then leaves WireMock's own
 * entry limit unset, since that limit is what counts every entry on each request.
 */
public final class SimulatorStores extends DefaultStores {
  private final BoundedRequestJournalStore journal;

  /**
   * Stores rooted at {@code filesRoot} (WireMock's files and mappings) with a journal of {@code
   * journalEntries} (≥ 1).
   */
  public SimulatorStores(FileSource filesRoot, int journalEntries) {
    super(filesRoot);
    this.journal = new BoundedRequestJournalStore(journalEntries);
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }
}
