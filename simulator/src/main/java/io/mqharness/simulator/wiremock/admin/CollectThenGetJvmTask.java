package io.mqharness.simulator.wiremock.admin;

import io.mqharness.simulator.MqSimulator;

/**
 * {@code POST /__admin/mq/jvm/gc}: runs {@code System.gc()}, then answers as {@code GET
 * /__admin/mq/jvm}, so that the heap figure is the live set of that instant. (A class of its own:
 * WireMock's admin router finds a route's path by its task's class.)
 */
final class CollectThenGetJvmTask extends GetJvmTask {
  CollectThenGetJvmTask(MqSimulator simulator) {
    super(simulator, true);
  }
}
