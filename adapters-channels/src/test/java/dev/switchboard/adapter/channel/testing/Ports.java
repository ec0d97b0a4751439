package dev.switchboard.adapter.channel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Local ports for failure tests. */
public final class Ports {

  private Ports() {}

  /** A port nothing listens on (it was free a moment ago), so connecting to it is refused. */
  public static int closed() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
