package io.mqharness.protocol.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the {@code k:v|} properties codec (SPEC §5), on the UTF-8 text of the
 * raw input. The tolerant reader (SPEC §5.2) declares no error at all; the strict reader a publish
 * goes through declares only {@link InvalidPropertyException} (the server's {@code
 * InvalidArgument}). What either reads writes back to a string that reads to the same properties.
 * Each input has 10 s.
 *
 * <p>Kept inputs: {@code
 * src/test/resources/io/mqharness/protocol/properties/MessagePropertiesCodecFuzzTestInputs/}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MessagePropertiesCodecFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void tolerantDecoding(byte[] input) {
    String wire = new String(input, StandardCharsets.UTF_8);

    MessageProperties read = MessagePropertiesCodec.decode(wire);

    assertThat(MessagePropertiesCodec.decode(MessagePropertiesCodec.encode(read))).isEqualTo(read);
  }

  @FuzzTest(maxDuration = "5m")
  void strictDecoding(byte[] input) {
    String wire = new String(input, StandardCharsets.UTF_8);

    MessageProperties read;
    try {
      read = MessagePropertiesCodec.decodeStrict(wire);
    } catch (InvalidPropertyException declared) {
      return;
    }

    assertThat(MessagePropertiesCodec.decodeStrict(MessagePropertiesCodec.encode(read)))
        .isEqualTo(read);
    try {
      read.startDeliverTime();
      read.transCheckImmunitySeconds();
    } catch (InvalidPropertyException declared) {
      // a system property that is not a number: InvalidArgument too
    }
  }
}
