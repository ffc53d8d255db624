package io.mqharness.simulator.wiremock;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of whole requests through the code the simulator's WireMock stub runs
 * (path, signature, query, body, engine, answer), without HTTP: each input is a short session of up
 * to eight requests (method, target, headers, body) on a fresh engine, with the virtual clock moved
 * between them so that invisibility, check immunity and timers fall due. {@link TransformerHarness}
 * checks every answer is a success or one of the protocol's declared errors, never an exception
 * turned into {@code InternalError}, and that refused requests change nothing. A consume that would
 * long-poll ({@code waitseconds} 1..30) ends the session, since it would wait in real time. Each
 * input has 10 s.
 *
 * <p>Kept inputs: {@code
 * src/test/resources/io/mqharness/simulator/wiremock/WholeRequestFuzzTestInputs/session/}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WholeRequestFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void session(FuzzedDataProvider data) {
    TransformerHarness simulator = new TransformerHarness();
    int requests = data.consumeInt(1, 8);
    for (int i = 0; i < requests; i++) {
      if (data.consumeInt(0, 3) == 0) {
        simulator.advance(Duration.ofSeconds(data.consumeInt(0, 400)));
      }
      FuzzedRequest request = FuzzedRequest.draw(data, TransformerHarness.NOW, simulator.handles());
      if (wouldLongPoll(request)) {
        return;
      }
      simulator.send(request);
    }
  }

  private static boolean wouldLongPoll(FuzzedRequest request) {
    if (!request.method().equals("GET")) {
      return false;
    }
    int q = request.target().indexOf('?');
    try {
      String wait =
          QueryString.parse(q < 0 ? "" : request.target().substring(q + 1))
              .get("waitseconds")
              .orElse("0");
      int seconds = Integer.parseInt(wait.trim());
      return seconds > 0;
    } catch (ProtocolError | NumberFormatException notAWait) {
      return false;
    }
  }
}
