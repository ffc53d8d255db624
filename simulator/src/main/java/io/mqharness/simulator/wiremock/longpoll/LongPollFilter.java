package io.mqharness.simulator.wiremock.longpoll;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.engine.ConsumeOutcome;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A servlet filter in front of WireMock that lets a long-polling consume wait without a thread.
 * Every GET (the protocol's consume) goes through WireMock as usual: stubs of higher priority
 * (faults, delays, canned errors) answer it, the journal records it, {@code verify()} counts it.
 * Only when the engine stub finds nothing to deliver yet does it hold the poll in a {@link
 * LongPollHandoff}; the filter then drops WireMock's placeholder, puts the request in asynchronous
 * mode (Servlet 5 {@code startAsync}) and returns its thread to Jetty. When the engine's waiter
 * fires (a publish, a visibility timer, the wait's end), the answer is written from Jetty's pool.
 *
 * <p>On a virtual clock nobody may advance, a poll is also withdrawn {@code wait + grace} after it
 * started, in real time, so that its client is still answered ({@code MessageNotExist}). On the
 * system clock the engine ends every wait itself, and no timer is kept per poll; the container's
 * own asynchronous timeout, well past the wait, is the last resort in both cases.
 */
public final class LongPollFilter implements Filter {
  private static final Logger LOG = Logger.getLogger(LongPollFilter.class.getName());

  /**
   * How long past the wait (and the grace) the container's own async timeout waits, as a last
   * resort.
   */
  private static final Duration CONTAINER_MARGIN = Duration.ofSeconds(30);

  private final Optional<Duration> grace;
  private final Optional<ScheduledThreadPoolExecutor> graceTimers;

  /**
   * A filter that withdraws a held poll {@code grace} (real time) after its wait has ended, when
   * {@code grace} is given (a virtual clock); empty when the engine's clock ends every wait.
   */
  public LongPollFilter(Optional<Duration> grace) {
    this.grace = grace;
    this.graceTimers =
        grace.map(
            g -> {
              ScheduledThreadPoolExecutor timers =
                  new ScheduledThreadPoolExecutor(
                      1,
                      task -> {
                        Thread thread = new Thread(task, "mq-long-poll-grace");
                        thread.setDaemon(true);
                        return thread;
                      });
              timers.setRemoveOnCancelPolicy(true);
              return timers;
            });
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !"GET".equals(http.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    LongPollHandoff handoff = LongPollHandoff.open();
    try {
      chain.doFilter(
          request, new PlaceholderDiscardingResponse((HttpServletResponse) response, handoff));
    } catch (IOException | ServletException | RuntimeException e) {
      if (handoff.holding()) {
        handoff.held().pending().cancel(false);
      }
      throw e;
    } finally {
      handoff.close();
    }
    if (handoff.holding()) {
      answerLater(request.startAsync(request, response), handoff.held());
    }
  }

  private void answerLater(AsyncContext async, LongPollHandoff.HeldPoll poll) {
    AtomicBoolean answered = new AtomicBoolean();
    Duration cutOff = poll.waitTime().plus(grace.orElse(Duration.ZERO));
    async.setTimeout(cutOff.plus(CONTAINER_MARGIN).toMillis());
    Optional<Future<?>> graceTimer =
        graceTimers.map(
            timers ->
                timers.schedule(
                    () -> poll.pending().cancel(false), cutOff.toMillis(), TimeUnit.MILLISECONDS));
    async.addListener(
        new AsyncListener() {
          @Override
          public void onComplete(AsyncEvent event) {
            graceTimer.ifPresent(timer -> timer.cancel(false));
          }

          @Override
          public void onTimeout(AsyncEvent event) {
            poll.pending().cancel(false);
            write(async, answered, poll.render().apply(NoMessage.INSTANCE));
          }

          @Override
          public void onError(AsyncEvent event) {
            poll.pending().cancel(false);
          }

          @Override
          public void onStartAsync(AsyncEvent event) {
            // not restarted
          }
        });
    poll.pending()
        .whenComplete(
            (outcome, failure) -> {
              ConsumeOutcome answer = outcome != null ? outcome : NoMessage.INSTANCE;
              if (failure != null && !(failure instanceof CancellationException)) {
                LOG.log(
                    Level.WARNING,
                    "A long poll failed in the engine; answering it with no message",
                    failure);
              }
              if (!answered.get()) {
                try {
                  async.start(() -> write(async, answered, poll.render().apply(answer)));
                } catch (IllegalStateException e) {
                  LOG.log(
                      Level.FINE,
                      "A long poll ended before its answer came (container timeout or error)",
                      e);
                }
              }
            });
  }

  /**
   * Writes the answer once (the engine's and the container's timeout may race) and completes the
   * request.
   */
  private static void write(AsyncContext async, AtomicBoolean answered, ResponseDefinition answer) {
    if (!answered.compareAndSet(false, true)) {
      return;
    }
    try {
      HttpServletResponse response = (HttpServletResponse) async.getResponse();
      response.setStatus(answer.getStatus());
      if (answer.getHeaders() != null) {
        for (HttpHeader header : answer.getHeaders().all()) {
          header.values().forEach(value -> response.addHeader(header.key(), value));
        }
      }
      byte[] body = answer.getByteBody();
      byte[] bytes = body == null ? new byte[0] : body;
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "A long poll's answer could not be written (the client left?)", e);
    } finally {
      async.complete();
    }
  }

  @Override
  public void destroy() {
    graceTimers.ifPresent(ScheduledThreadPoolExecutor::shutdownNow);
  }
}
