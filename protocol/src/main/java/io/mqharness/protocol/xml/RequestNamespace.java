package io.mqharness.protocol.xml;

import io.mqharness.protocol.model.Namespaces;

/** The namespaces SDKs put on request bodies (SPEC §8 quirk 1); responses never need a choice. */
public enum RequestNamespace {
  /** Python and Node; what the reference client sends. */
  WITH_SLASH(Namespaces.WITH_SLASH),
  /** The Java SDK. */
  WITHOUT_SLASH(Namespaces.WITHOUT_SLASH),
  /** The Go SDK: no {@code xmlns} at all. */
  NONE(null);

  private final String uri;

  RequestNamespace(String uri) {
    this.uri = uri;
  }

  /** The namespace URI, or null for {@link #NONE}. */
  public String uri() {
    return uri;
  }
}
