package io.mqharness.mock.wiremock.faults;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The custom request matcher {@value #NAME}: matches a request at random with the probability its {@code percent}
 * parameter gives (0 to 100, decimals allowed), each request drawn on its own. Put in any stub mapping beside the
 * usual request fields, it makes a fault stub answer "a share of the requests" and leaves the rest to stubs of lower
 * priority (in the end the engine):
 * <pre>{"priority": 1, "request": {"method": "POST", "urlPathPattern": "/topics/[^/]+/messages",
 *   "customMatcher": {"name": "mq-share", "parameters": {"percent": 10}}}, "response": {"status": 500}}</pre>
 * A missing or unreadable {@code percent}, or one outside 0..100, matches nothing (and is logged once per value): a
 * bad fault stub must not turn every request into a fault.
 */
public final class ShareMatcher extends RequestMatcherExtension {
  public static final String NAME = "mq-share";

  private static final Logger LOG = Logger.getLogger(ShareMatcher.class.getName());

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public MatchResult match(Request request, Parameters parameters) {
    double percent = percent(parameters);
    return MatchResult.of(percent > 0 && ThreadLocalRandom.current().nextDouble() * 100 < percent);
  }

  /** The share in percent, or -1 when the parameter is missing, not a number or outside 0..100. */
  static double percent(Parameters parameters) {
    Object value = parameters == null ? null : parameters.get("percent");
    try {
      double percent = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
      if (percent >= 0 && percent <= 100) {
        return percent;
      }
    } catch (NumberFormatException e) {
      // logged below
    }
    BadParameters.warnOnce(LOG, NAME + ": \"percent\" must be a number from 0 to 100, got " + value + "; the stub matches nothing");
    return -1;
  }
}
