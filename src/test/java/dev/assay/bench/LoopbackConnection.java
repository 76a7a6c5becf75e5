package dev.assay.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection on blocking sockets, sending a prepared request again and
 * again. The load generator shares the machine's two cores with the service, so it must cost as
 * little as possible: no selector thread, no futures, no header objects, the request bytes built
 * once. Enough HTTP for the service's answers (Content-Length or chunked bodies), nothing more.
 */
final class LoopbackConnection implements AutoCloseable {

  /** A status and the body bytes. */
  record Response(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final URI base;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final byte[] buffer = new byte[16 * 1024];

  LoopbackConnection(URI base) {
    this.base = base;
  }

  /** The bytes of a POST with a JSON body and a bearer token, built once per load run. */
  static byte[] post(URI uri, String bearer, byte[] body) {
    String head =
        "POST "
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + " HTTP/1.1\r\nHost: "
            + uri.getHost()
            + ":"
            + uri.getPort()
            + "\r\nContent-Type: application/json\r\nAuthorization: Bearer "
            + bearer
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** Sends {@code request} and reads the whole answer; reconnects if the server closed. */
  Response send(byte[] request, boolean keepBody) throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(request);
    out.flush();
    return read(keepBody);
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
  }

  private Response read(boolean keepBody) throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        close = value.equalsIgnoreCase("close");
      }
    }
    Body body = new Body(keepBody, buffer);
    if (chunked) {
      for (long size = Long.parseLong(line().trim(), 16); size > 0; ) {
        body.copy(in, size);
        line();
        size = Long.parseLong(line().trim(), 16);
      }
      line();
    } else if (length >= 0) {
      body.copy(in, length);
    }
    if (close) {
      close();
    }
    return new Response(code, body.bytes());
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing only.
      }
      socket = null;
    }
  }

  /** The body, kept or only counted. */
  private static final class Body {
    private final java.io.ByteArrayOutputStream kept;
    private final byte[] buffer;

    Body(boolean keep, byte[] buffer) {
      this.kept = keep ? new java.io.ByteArrayOutputStream() : null;
      this.buffer = buffer;
    }

    void copy(InputStream in, long size) throws IOException {
      long left = size;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new EOFException("connection closed in a body");
        }
        if (kept != null) {
          kept.write(buffer, 0, n);
        }
        left -= n;
      }
    }

    byte[] bytes() {
      return kept == null ? new byte[0] : kept.toByteArray();
    }
  }
}
