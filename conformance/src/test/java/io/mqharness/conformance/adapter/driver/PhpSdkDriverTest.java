package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ReceivedMessage;

/**
 * drivers/php/driver.php with aliyunmq/mq-http-sdk 1.0.4 (Composer, else ../shared/clients/php with
 * Debian's Guzzle).
 */
class PhpSdkDriverTest extends SdkDriverContract {
  @Override
  DriverProcessAdapter newClient() {
    return DriverClients.phpSdk();
  }

  @Override
  String expectedName() {
    return "php-sdk";
  }

  /** The SDK keeps the system keys in the properties map. */
  @Override
  void checkImmunityAsReported(ReceivedMessage popped) {
    assertThat(popped.properties())
        .containsEntry("__TransCheckT", "10")
        .doesNotContainKey("__STARTDELIVERTIME");
  }
}
