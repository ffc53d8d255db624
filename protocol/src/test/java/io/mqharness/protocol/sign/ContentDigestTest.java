package io.mqharness.protocol.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContentDigestTest {
  private static final byte[] GO_COMMIT_BODY =
      "<ReceiptHandles><ReceiptHandle>RH-HALF</ReceiptHandle></ReceiptHandles>"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void contentMd5IsBase64OfTheLowerCaseHexDigest() {
    // vectors 12 and 13 (SPEC §3.3)
    assertThat(ContentDigest.contentMd5(GO_COMMIT_BODY))
        .isEqualTo("OTA5NzQ0ZGVjYjk2YmMwYWQ2MTVkMTcyZThkOTUzZGQ=");
    assertThat(ContentDigest.contentMd5(new byte[0]))
        .isEqualTo("ZDQxZDhjZDk4ZjAwYjIwNGU5ODAwOTk4ZWNmODQyN2U=");
  }

  @Test
  void matchesTheSdkFormAndTheRawDigestForm() throws Exception {
    // given
    String rawForm =
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(GO_COMMIT_BODY));
    // then
    assertThat(
            ContentDigest.matches("OTA5NzQ0ZGVjYjk2YmMwYWQ2MTVkMTcyZThkOTUzZGQ=", GO_COMMIT_BODY))
        .isTrue();
    assertThat(ContentDigest.matches(rawForm, GO_COMMIT_BODY)).isTrue();
  }

  @Test
  void doesNotMatchAnotherBodyOrNoHeader() {
    assertThat(ContentDigest.matches("OTA5NzQ0ZGVjYjk2YmMwYWQ2MTVkMTcyZThkOTUzZGQ=", new byte[0]))
        .isFalse();
    assertThat(ContentDigest.matches("garbage", GO_COMMIT_BODY)).isFalse();
    assertThat(ContentDigest.matches(null, GO_COMMIT_BODY)).isFalse();
  }

  @Test
  void messageBodyMd5IsUpperCaseHexOfTheUtf8Body() {
    assertThat(ContentDigest.messageBodyMd5("hello")).isEqualTo("5D41402ABC4B2A76B9719D911017C592");
    assertThat(ContentDigest.messageBodyMd5("world")).isEqualTo("7D793037A0760186574B0282F2F435E7");
  }
}
