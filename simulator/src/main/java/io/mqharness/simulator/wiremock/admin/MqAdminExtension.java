package io.mqharness.simulator.wiremock.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import io.mqharness.simulator.MqSimulator;

/**
 * The simulator's own admin routes, JSON under {@code /__admin/mq/}: state, counters, settings,
 * reset, topics, credentials, the clock and the Date check's offset. See docs/simulator.md for
 * their bodies.
 */
public final class MqAdminExtension implements AdminApiExtension {
  private final MqSimulator simulator;

  public MqAdminExtension(MqSimulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public String getName() {
    return "mq-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(GET, "/mq/state", new GetStateTask(simulator));
    router.add(GET, "/mq/counters", new GetCountersTask(simulator));
    router.add(GET, "/mq/settings", new GetSettingsTask(simulator));
    router.add(POST, "/mq/reset", new ResetTask(simulator));
    router.add(POST, "/mq/topics", new DeclareTopicTask(simulator));
    router.add(POST, "/mq/groups", new DeclareGroupTask(simulator));
    router.add(GET, "/mq/credentials", new ListCredentialsTask(simulator));
    router.add(POST, "/mq/credentials", new AddCredentialsTask(simulator));
    router.add(GET, "/mq/clock", new GetClockTask(simulator));
    router.add(POST, "/mq/clock/advance", new AdvanceClockTask(simulator));
    router.add(POST, "/mq/clock/date-offset", new SetDateOffsetTask(simulator));
    router.add(GET, "/mq/jvm", new GetJvmTask(simulator));
    router.add(POST, "/mq/jvm/gc", new CollectThenGetJvmTask(simulator));
  }
}
