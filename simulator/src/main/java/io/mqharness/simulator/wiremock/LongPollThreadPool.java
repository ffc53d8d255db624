package io.mqharness.simulator.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.ThreadPoolFactory;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Jetty's request threads: a bounded pool of platform threads on JDK 17, virtual threads on JDK
 * 21+. A waiting long poll holds none ({@link
 * io.mqharness.simulator.wiremock.longpoll.LongPollFilter}), so the pool only needs as many threads
 * as requests being worked on at once.
 */
public final class LongPollThreadPool implements ThreadPoolFactory {
  @Override
  public ThreadPool buildThreadPool(Options options) {
    QueuedThreadPool pool =
        new QueuedThreadPool(options.containerThreads(), Math.min(8, options.containerThreads()));
    pool.setName("mq-simulator");
    if (VirtualThreads.areSupported()) {
      pool.setVirtualThreadsExecutor(VirtualThreads.getDefaultVirtualThreadsExecutor());
    }
    return pool;
  }

  public static boolean virtualThreads() {
    return VirtualThreads.areSupported();
  }
}
