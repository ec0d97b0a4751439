package dev.switchboard.adapter.channel.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP relay on a free local port whose replies a test scripts: per-recipient RCPT replies and the reply
 * to the end of DATA, or silence after connecting. GreenMail accepts every recipient, so partial failures and
 * transient (4xx) versus permanent (5xx) replies need this. No extensions: no STARTTLS, no AUTH.
 */
final class ScriptedSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Thread acceptor;
  private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
  private volatile String dataReply = "250 2.0.0 Ok: queued";
  private volatile boolean silent;
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final List<String> messages = new CopyOnWriteArrayList<>();

  ScriptedSmtpServer() {
    try {
      socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = Thread.ofVirtual().name("scripted-smtp").start(this::serve);
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The reply to {@code RCPT TO:<address>}; 250 for every address not scripted. */
  ScriptedSmtpServer refuse(String address, String reply) {
    rcptReplies.put(address.toLowerCase(Locale.ROOT), reply);
    return this;
  }

  /** The reply after the message data. */
  ScriptedSmtpServer answerData(String reply) {
    dataReply = reply;
    return this;
  }

  /** Accept connections but never say a word. */
  ScriptedSmtpServer silent() {
    silent = true;
    return this;
  }

  List<String> acceptedRecipients() {
    return List.copyOf(accepted);
  }

  List<String> messages() {
    return List.copyOf(messages);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        if (silent) {
          client.getInputStream().read();
          continue;
        }
        converse(client);
      } catch (IOException e) {
        // closed, or the client went away: next connection
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    reply(out, "220 scripted.example ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 scripted.example");
      } else if (command.startsWith("MAIL FROM")) {
        reply(out, "250 2.1.0 Ok");
      } else if (command.startsWith("RCPT TO")) {
        String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
        String answer = rcptReplies.getOrDefault(address, "250 2.1.5 Ok");
        if (answer.startsWith("2")) {
          accepted.add(address);
        }
        reply(out, answer);
      } else if (command.equals("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        StringBuilder data = new StringBuilder();
        String dataLine;
        while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
          data.append(dataLine).append('\n');
        }
        messages.add(data.toString());
        reply(out, dataReply);
      } else if (command.equals("QUIT")) {
        reply(out, "221 2.0.0 Bye");
        return;
      } else {
        reply(out, "250 Ok");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
    acceptor.interrupt();
  }
}
