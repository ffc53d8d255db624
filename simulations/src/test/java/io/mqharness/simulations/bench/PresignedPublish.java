package io.mqharness.simulations.bench;

import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.CanonicalRequest;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.HttpDates;
import io.mqharness.protocol.sign.Signer;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.requests.PublishTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Prints a wrk Lua script that replays one signed publish (wrk cannot compute an HMAC per request).
 * The simulator checks no Date skew by default, so one signature serves the whole benchmark. The
 * body has the shape of {@code PublishSimulation}'s normal publishes (a body of the given size and
 * the {@link ProtocolBodies#SENT_AT} property), so that the simulator parses and stores as much for
 * wrk as for Gatling. Arguments: topic, instance id, body size, access key id, access key secret.
 */
public final class PresignedPublish {
  private PresignedPublish() {}

  public static void main(String[] args) {
    String topic = args[0];
    String instance = args[1];
    int size = Integer.parseInt(args[2]);
    Credentials credentials = Credentials.of(args[3], args[4]);
    String path = "/topics/" + topic + "/messages?ns=" + instance;
    Instant now = Instant.now();
    String date = HttpDates.format(now);
    byte[] body =
        new PublishTemplate(null, List.of(ProtocolBodies.SENT_AT))
            .write("w".repeat(size), String.valueOf(now.toEpochMilli()));
    String authorization =
        Signer.authorization(
            credentials,
            CanonicalRequest.of("POST", null, ProtocolBodies.CONTENT_TYPE, date, path));
    System.out.println("wrk.method = \"POST\"");
    System.out.println("wrk.path = \"" + path + "\"");
    System.out.println("wrk.headers[\"Content-Type\"] = \"" + ProtocolBodies.CONTENT_TYPE + "\"");
    System.out.println("wrk.headers[\"Date\"] = \"" + date + "\"");
    System.out.println("wrk.headers[\"x-mq-version\"] = \"" + WireHeaders.VERSION + "\"");
    System.out.println("wrk.headers[\"Authorization\"] = \"" + authorization + "\"");
    System.out.println("wrk.body = [==[" + new String(body, StandardCharsets.UTF_8) + "]==]");
  }
}
