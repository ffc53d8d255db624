package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ReceivedMessage;

/**
 * drivers/node/driver.js with @aliyunmq/mq-http-sdk 1.0.4 (installed by the build's {@code npm
 * ci}).
 */
class NodeSdkDriverTest extends SdkDriverContract {
  @Override
  DriverProcessAdapter newClient() {
    return DriverClients.nodeSdk();
  }

  @Override
  String expectedName() {
    return "node-sdk";
  }

  /**
   * The SDK files {@code __TransCheckT} under StartDeliverTime (SPEC §5.2); the driver reports what
   * it exposes.
   */
  @Override
  void checkImmunityAsReported(ReceivedMessage popped) {
    assertThat(popped.properties())
        .containsEntry("__STARTDELIVERTIME", "10")
        .doesNotContainKey("__TransCheckT");
  }
}
