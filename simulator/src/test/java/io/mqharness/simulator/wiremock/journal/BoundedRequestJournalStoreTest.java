package io.mqharness.simulator.wiremock.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The simulator's request journal store: newest first, bounded, and updated in place. */
class BoundedRequestJournalStoreTest {
  private final BoundedRequestJournalStore store = new BoundedRequestJournalStore(3);

  private static ServeEvent request(String url) {
    return ServeEvent.of(
        ImmutableRequest.create()
            .withAbsoluteUrl("http://127.0.0.1:8080" + url)
            .withMethod(RequestMethod.POST)
            .build());
  }

  private List<String> urls() {
    return store.getAll().map(e -> e.getRequest().getUrl()).toList();
  }

  @Test
  void itKeepsTheNewestEntriesUpToItsSizeNewestFirst() {
    // given / when
    IntStream.range(0, 5).forEach(i -> store.add(request("/r" + i)));
    // then
    assertThat(urls()).containsExactly("/r4", "/r3", "/r2");
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.getAllKeys()).hasSize(3);
  }

  @Test
  void anAnswerSentLaterReplacesTheEntryOnlyWhileItIsHeld() {
    // given
    ServeEvent first = request("/first");
    store.add(first);
    // when the first is replaced, then pushed out, then replaced again
    store.put(first.getId(), request("/first-answered"));
    String whileHeld = store.get(first.getId()).orElseThrow().getRequest().getUrl();
    IntStream.range(0, 3).forEach(i -> store.add(request("/r" + i)));
    store.put(first.getId(), request("/too-late"));
    // then
    assertThat(whileHeld).isEqualTo("/first-answered");
    assertThat(store.get(first.getId())).isEmpty();
    assertThat(urls()).containsExactly("/r2", "/r1", "/r0");
  }

  @Test
  void entriesRemovedByIdFreeTheirPlace() {
    // given
    ServeEvent a = request("/a");
    ServeEvent b = request("/b");
    store.add(a);
    store.add(b);
    store.add(request("/c"));
    // when
    store.remove(b.getId());
    store.add(request("/d"));
    // then a is still held: the removal made room
    assertThat(urls()).containsExactly("/d", "/c", "/a");
    store.add(request("/e"));
    assertThat(urls()).containsExactly("/e", "/d", "/c");
    assertThat(store.get(a.getId())).isEmpty();
  }

  @Test
  void removeLastDropsTheOldestAndClearEmptiesIt() {
    // given
    IntStream.range(0, 3).forEach(i -> store.add(request("/r" + i)));
    // when
    store.removeLast();
    // then
    assertThat(urls()).containsExactly("/r2", "/r1");
    store.clear();
    assertThat(urls()).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void aJournalOfNoEntriesIsRefused() {
    assertThatThrownBy(() -> new BoundedRequestJournalStore(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
