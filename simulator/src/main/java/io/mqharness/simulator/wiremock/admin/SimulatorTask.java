package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mqharness.simulator.MqSimulator;

/** An admin route over the simulator; a bad request body becomes a 400 JSON answer. */
abstract class SimulatorTask implements AdminTask {
  protected final MqSimulator simulator;

  SimulatorTask(MqSimulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public final ResponseDefinition execute(
      Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    try {
      return execute(serveEvent.getRequest().getBody());
    } catch (AdminJson.BadAdminRequest | IllegalArgumentException e) {
      return AdminJson.error(400, e.getMessage());
    }
  }

  abstract ResponseDefinition execute(byte[] body);
}
