package io.mqharness.simulator.targeting;

/**
 * The topic types a real instance keeps apart (SPEC §1, topic), each with its {@code
 * mq.target.topic.*} key.
 */
public enum TopicKind {
  NORMAL(TargetKey.TOPIC_NORMAL),
  TRANSACTIONAL(TargetKey.TOPIC_TRANSACTIONAL),
  ORDERED(TargetKey.TOPIC_ORDERED),
  TIMER(TargetKey.TOPIC_TIMER);

  private final TargetKey key;

  TopicKind(TargetKey key) {
    this.key = key;
  }

  /** The setting that names this kind's topic on a real instance. */
  public TargetKey key() {
    return key;
  }
}
