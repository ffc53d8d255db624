package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ReceivedMessage;

/**
 * drivers/go with github.com/aliyunmq/mq-http-go-sdk 1.0.3, compiled by the build (module mode through the Go module
 * proxy, else GOPATH mode with ../shared/clients/go and Debian's fasthttp).
 */
class GoSdkDriverTest extends SdkDriverContract {
  @Override
  DriverProcessAdapter newClient() {
    return DriverClients.goSdk();
  }

  @Override
  String expectedName() {
    return "go-sdk";
  }

  /** The SDK moves {@code __TransCheckT} into the field TransCheckImmunityTime; the driver puts it back. */
  @Override
  void checkImmunityAsReported(ReceivedMessage popped) {
    assertThat(popped.properties()).containsEntry("__TransCheckT", "10").doesNotContainKey("__STARTDELIVERTIME");
  }
}
