package io.mqharness.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection with blocking I/O, the probes' own instrument: a consumer
 * blocked on its socket wakes as soon as the answer lands, so a wake-up sample measures the
 * simulator rather than an asynchronous client's dispatching (the JDK's HttpClient added several ms
 * at p99 on 2 cores), and it takes as little CPU from the simulator as a client can. Not
 * thread-safe; reconnects after a failure.
 */
final class HttpConnection implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 40_000;

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  HttpConnection(URI base) {
    this.host = base.getHost();
    this.port = base.getPort();
  }

  RawResponse exchange(byte[] head, byte[] body) throws IOException {
    open();
    try {
      out.write(head);
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a broken loopback socket has nothing left to report
      }
      socket = null;
    }
  }

  private void open() throws IOException {
    if (socket != null) {
      return;
    }
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(TIMEOUT_MILLIS);
    s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = new BufferedOutputStream(s.getOutputStream(), 8 * 1024);
  }

  private RawResponse read() throws IOException {
    String statusLine = line();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int contentLength = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = Integer.parseInt(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "connection" -> closeAfter = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    byte[] body =
        status == 204 || status == 304
            ? new byte[0]
            : chunked ? chunkedBody() : in.readNBytes(Math.max(0, contentLength));
    if (closeAfter) {
      close();
    }
    return new RawResponse(status, body);
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
        size > 0;
        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
      body.write(in.readNBytes(size));
      line();
    }
    while (!line().isEmpty()) {
      // trailers
    }
    return body.toByteArray();
  }

  private String line() throws IOException {
    StringBuilder text = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the server closed the connection");
      }
      if (b != '\r') {
        text.append((char) b);
      }
    }
    return text.toString();
  }

  record RawResponse(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
