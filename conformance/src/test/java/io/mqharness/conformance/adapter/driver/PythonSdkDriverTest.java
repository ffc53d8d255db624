package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ReceivedMessage;

/**
 * drivers/python/driver.py with mq_http_sdk 1.0.3 (from PyPI, else from ../shared/clients/python).
 */
class PythonSdkDriverTest extends SdkDriverContract {
  @Override
  DriverProcessAdapter newClient() {
    return DriverClients.pythonSdk();
  }

  @Override
  String expectedName() {
    return "python-sdk";
  }

  @Override
  void checkImmunityAsReported(ReceivedMessage popped) {
    assertThat(popped.properties())
        .containsEntry("__TransCheckT", "10")
        .doesNotContainKey("__STARTDELIVERTIME");
  }
}
