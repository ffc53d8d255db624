package io.mqharness.simulator.wiremock.longpoll;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The response WireMock writes to while it serves a request that may be a long poll. Until the
 * engine stub holds the poll, and for every request it does not hold, everything passes straight
 * through (stubs of higher priority, faults, delays and errors reach the client as WireMock writes
 * them). Once the poll is held, WireMock's placeholder answer is dropped, so that the real answer
 * can be written later.
 */
final class PlaceholderDiscardingResponse extends HttpServletResponseWrapper {
  private final LongPollHandoff handoff;

  PlaceholderDiscardingResponse(HttpServletResponse response, LongPollHandoff handoff) {
    super(response);
    this.handoff = handoff;
  }

  private boolean discarding() {
    return handoff.holding();
  }

  @Override
  public void setStatus(int sc) {
    if (!discarding()) {
      super.setStatus(sc);
    }
  }

  @Override
  @SuppressWarnings("deprecation")
  public void setStatus(int sc, String sm) {
    if (!discarding()) {
      super.setStatus(sc, sm);
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    if (!discarding()) {
      super.sendError(sc, msg);
    }
  }

  @Override
  public void sendError(int sc) throws IOException {
    if (!discarding()) {
      super.sendError(sc);
    }
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    if (!discarding()) {
      super.sendRedirect(location);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!discarding()) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!discarding()) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!discarding()) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!discarding()) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (!discarding()) {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (!discarding()) {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public void setContentType(String type) {
    if (!discarding()) {
      super.setContentType(type);
    }
  }

  @Override
  public void setContentLength(int len) {
    if (!discarding()) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!discarding()) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setCharacterEncoding(String charset) {
    if (!discarding()) {
      super.setCharacterEncoding(charset);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!discarding()) {
      super.flushBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    return discarding() ? new Discarding() : super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    return discarding()
        ? new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)
        : super.getWriter();
  }

  /** Swallows the placeholder's body. */
  private static final class Discarding extends ServletOutputStream {
    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new IllegalStateException(
          "the placeholder of a held long poll is written synchronously");
    }

    @Override
    public void write(int b) {
      // dropped
    }

    @Override
    public void write(byte[] b, int off, int len) {
      // dropped
    }
  }
}
