package io.mqharness.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many consumers that each send one long-polling consume on a connection of their own and wait for
 * its answer, all driven by one selector thread (10,000 blocking threads would measure the bench,
 * not the simulator). Each consumer records when its request was written and when its answer was
 * read in full, and the answer's status. Not reusable: {@link #close()} ends every connection still
 * open.
 */
final class WaitingCrowd implements AutoCloseable {
  private final InetSocketAddress address;
  private final byte[] request;
  private final Selector selector;
  private final Thread loop;
  private final List<Consumer> consumers = new ArrayList<>();
  private final ConcurrentLinkedQueue<Consumer> toOpen = new ConcurrentLinkedQueue<>();
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger ended = new AtomicInteger();
  private final AtomicInteger failedBeforeSending = new AtomicInteger();
  private volatile boolean closed;

  /** A crowd that will send {@code request} (a whole GET, head only) to {@code base}. */
  WaitingCrowd(URI base, byte[] request) throws IOException {
    this.address = new InetSocketAddress(base.getHost(), base.getPort());
    this.request = request.clone();
    this.selector = Selector.open();
    this.loop = new Thread(this::run, "bench-waiting-crowd");
    loop.setDaemon(true);
    loop.start();
  }

  /** Opens {@code n} more consumers; their requests go out from the selector thread. */
  void open(int n) {
    for (int i = 0; i < n; i++) {
      Consumer consumer = new Consumer();
      synchronized (consumers) {
        consumers.add(consumer);
      }
      toOpen.add(consumer);
    }
    selector.wakeup();
  }

  /** Consumers opened so far. */
  int opened() {
    synchronized (consumers) {
      return consumers.size();
    }
  }

  /** Requests written so far. */
  int sent() {
    return sent.get();
  }

  /** Consumers that failed before their request was written (connection refused, reset). */
  int failedBeforeSending() {
    return failedBeforeSending.get();
  }

  /** Consumers done so far: answered, failed or refused. */
  int ended() {
    return ended.get();
  }

  /**
   * The consumers' outcomes; read them once {@link #ended()} is what you wait for, or after {@link
   * #close()}.
   */
  List<Outcome> outcomes() {
    synchronized (consumers) {
      return consumers.stream()
          .map(c -> new Outcome(c.sentNanos, c.answeredNanos, c.status, c.failure))
          .toList();
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    selector.wakeup();
    try {
      loop.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * One consumer: {@code sentNanos} when its request was written (0 if never), {@code
   * answeredNanos} when its answer was read in full (0 if never), the answer's HTTP status (0 if
   * none), the failure if any.
   */
  record Outcome(long sentNanos, long answeredNanos, int status, String failure) {}

  private void run() {
    try (selector) {
      while (!closed) {
        selector.select(100);
        for (Consumer c = toOpen.poll(); c != null; c = toOpen.poll()) {
          c.connect();
        }
        for (SelectionKey key : selector.selectedKeys()) {
          ((Consumer) key.attachment()).ready(key);
        }
        selector.selectedKeys().clear();
      }
      for (SelectionKey key : selector.keys()) {
        ((Consumer) key.attachment()).end(0, "still waiting when the bench stopped");
      }
    } catch (IOException e) {
      throw new IllegalStateException("the waiting crowd's selector failed", e);
    }
  }

  private final class Consumer {
    private SocketChannel channel;
    private final ByteBuffer out = ByteBuffer.wrap(request);
    private final ByteBuffer in = ByteBuffer.allocate(8 * 1024);
    private volatile long sentNanos;
    private volatile long answeredNanos;
    private volatile int status;
    private volatile String failure;
    private boolean done;

    void connect() {
      try {
        channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.connect(address);
        channel.register(selector, SelectionKey.OP_CONNECT, this);
      } catch (IOException e) {
        end(0, "connect: " + e);
      }
    }

    void ready(SelectionKey key) {
      try {
        if (key.isConnectable() && channel.finishConnect()) {
          key.interestOps(SelectionKey.OP_WRITE);
        }
        if (key.isValid() && key.isWritable()) {
          channel.write(out);
          if (!out.hasRemaining()) {
            sentNanos = System.nanoTime();
            sent.incrementAndGet();
            key.interestOps(SelectionKey.OP_READ);
          }
        }
        if (key.isValid() && key.isReadable()) {
          read();
        }
      } catch (IOException e) {
        end(0, e.toString());
      }
    }

    private void read() throws IOException {
      if (channel.read(in) < 0) {
        end(0, "the server closed the connection without a whole answer");
        return;
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
      int headEnd = text.indexOf("\r\n\r\n");
      if (headEnd < 0) {
        return;
      }
      int length = 0;
      for (String line : text.substring(0, headEnd).split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      if (in.position() >= headEnd + 4 + length) {
        answeredNanos = System.nanoTime();
        end(Integer.parseInt(text.substring(9, 12)), null);
      }
    }

    void end(int answerStatus, String why) {
      if (done) {
        return;
      }
      done = true;
      status = answerStatus;
      failure = why;
      if (sentNanos == 0) {
        failedBeforeSending.incrementAndGet();
      }
      ended.incrementAndGet();
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // closing a loopback socket has nothing left to report
      }
    }
  }
}
