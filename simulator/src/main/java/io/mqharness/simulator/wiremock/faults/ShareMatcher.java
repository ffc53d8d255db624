package io.mqharness.simulator.wiremock.faults;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The custom request matcher {@value #NAME}: matches a request with the probability its {@code
 * percent} parameter gives (0 to 100, decimals allowed), each request drawn on its own. Put in any
 * stub mapping beside the usual request fields, it makes a fault stub answer "a share of the
 * requests" and leaves the rest to stubs of lower priority (in the end the engine).
 *
 * <p>A signed request (one with an {@code Authorization} header: every protocol request) is drawn
 * from its own bytes (a SHA-256 of the stub's parameters, the request's method, URL, {@code
 * Authorization}, {@code Date} and body: give each share stub a parameter of its own, e.g. {@code
 * "salt": "fault 2"}, so that two stubs with the same share draw apart), so the same request sent
 * again gets the same answer: an HTTP client that quietly sends a request again when its pooled
 * connection breaks before any answer (Gatling's does) meets the fault again instead of hiding it.
 * Requests differ in their Date and signature at least, so they are drawn independently (but two
 * identical requests, say two consumers of one group polling in the same second, get the same
 * answer). An unsigned request is drawn at random.
 *
 * <pre>{"priority": 1, "request": {"method": "POST", "urlPathPattern": "/topics/[^/]+/messages",
 *   "customMatcher": {"name": "mq-share", "parameters": {"percent": 10}}}, "response": {"status": 500}}
 * </pre>
 *
 * A missing or unreadable {@code percent}, or one outside 0..100, matches nothing (and is logged
 * once per value): a bad fault stub must not turn every request into a fault.
 */
public final class ShareMatcher extends RequestMatcherExtension {
  public static final String NAME = "mq-share";

  private static final Logger LOG = Logger.getLogger(ShareMatcher.class.getName());

  @Override
  public String getName() {
    return NAME;
  }

  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every JDK has SHA-256", e);
            }
          });

  @Override
  public MatchResult match(Request request, Parameters parameters) {
    double percent = percent(parameters);
    return MatchResult.of(percent > 0 && draw(request, parameters) * 100 < percent);
  }

  /**
   * A number in [0, 1): from the stub's parameters and the request's own bytes when it is signed,
   * else at random.
   */
  static double draw(Request request, Parameters parameters) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return ThreadLocalRandom.current().nextDouble();
    }
    MessageDigest sha = SHA_256.get();
    sha.reset();
    sha.update(
        (new TreeMap<>(parameters)
                + "\n"
                + request.getMethod().getName()
                + ' '
                + request.getUrl()
                + '\n'
                + authorization
                + '\n'
                + request.getHeader("Date")
                + '\n')
            .getBytes(StandardCharsets.UTF_8));
    byte[] body = request.getBody();
    if (body != null) {
      sha.update(body);
    }
    return (ByteBuffer.wrap(sha.digest()).getLong() >>> 11) * 0x1.0p-53;
  }

  /** The share in percent, or -1 when the parameter is missing, not a number or outside 0..100. */
  static double percent(Parameters parameters) {
    Object value = parameters == null ? null : parameters.get("percent");
    try {
      double percent =
          value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
      if (percent >= 0 && percent <= 100) {
        return percent;
      }
    } catch (NumberFormatException e) {
      // logged below
    }
    BadParameters.warnOnce(
        LOG,
        NAME
            + ": \"percent\" must be a number from 0 to 100, got "
            + value
            + "; the stub matches nothing");
    return -1;
  }
}
