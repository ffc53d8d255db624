package io.mqharness.conformance.support.target;

/** The topic types a real instance keeps apart (SPEC §1, topic). */
public enum TopicKind {
  NORMAL,
  TRANSACTIONAL,
  ORDERED,
  TIMER;

  String key() {
    return "target.topic." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
