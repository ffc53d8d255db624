package io.mqharness.mock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.ThreadPoolFactory;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Jetty's request threads. A long poll holds its thread for up to 30 s, so the pool must be as large as the
 * number of consumers that may wait at once; on JDK 21+ requests run on virtual threads and waiting is cheap.
 */
public final class LongPollThreadPool implements ThreadPoolFactory {
  @Override
  public ThreadPool buildThreadPool(Options options) {
    QueuedThreadPool pool = new QueuedThreadPool(options.containerThreads(), Math.min(8, options.containerThreads()));
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
