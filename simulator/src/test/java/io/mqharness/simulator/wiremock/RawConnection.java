package io.mqharness.simulator.wiremock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One TCP connection to a simulator on 127.0.0.1 for bytes no HTTP client would send: write any
 * bytes, at any pace, stop writing, and read whatever comes back until the server closes or {@code
 * readTimeoutMillis} passes.
 */
final class RawConnection implements AutoCloseable {
  private final Socket socket;

  RawConnection(int port, int readTimeoutMillis) {
    try {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(readTimeoutMillis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code bytes}; false if the server had already closed the connection. */
  boolean write(byte[] bytes) {
    try {
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
      return true;
    } catch (IOException closedByServer) {
      return false;
    }
  }

  boolean write(String text) {
    return write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Sends {@code bytes} {@code chunk} bytes at a time, {@code pauseMillis} apart: a slow client.
   */
  boolean trickle(byte[] bytes, int chunk, long pauseMillis) throws InterruptedException {
    for (int from = 0; from < bytes.length; from += chunk) {
      byte[] part = java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + chunk));
      if (!write(part)) {
        return false;
      }
      Thread.sleep(pauseMillis);
    }
    return true;
  }

  /** Half-closes: the server sees the end of the request stream. */
  void stopWriting() {
    try {
      socket.shutdownOutput();
    } catch (IOException ignored) {
      // already closed by the server
    }
  }

  /**
   * Everything the server sent until it closed the connection, or until nothing came for the read
   * timeout (then what came so far, with {@code timedOut} set); empty when it closed without
   * answering.
   */
  Answer readAll() {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      InputStream in = socket.getInputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        received.write(buffer, 0, n);
      }
      return new Answer(received.toString(StandardCharsets.UTF_8), false);
    } catch (SocketTimeoutException e) {
      return new Answer(received.toString(StandardCharsets.UTF_8), true);
    } catch (IOException resetByServer) {
      return new Answer(received.toString(StandardCharsets.UTF_8), false);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing to release
    }
  }

  /**
   * The raw answer; {@code status} is 0 when there is no HTTP status line (the server only closed).
   */
  record Answer(String text, boolean timedOut) {
    int status() {
      if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
        return 0;
      }
      return Integer.parseInt(text.substring(9, 12));
    }

    /** The {@code <Code>} of an {@code <Error>} body; empty when there is none. */
    String code() {
      int start = text.indexOf("<Code>");
      int end = text.indexOf("</Code>");
      return start < 0 || end < start ? "" : text.substring(start + 6, end);
    }
  }
}
