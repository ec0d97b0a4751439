package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.webhook.AttemptOutcome;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every request and answers from a script: the queued outcomes in order, then 200 OK. */
public final class FakeWebhookSender implements WebhookSender {

  public static final AttemptOutcome OK = new AttemptOutcome.Responded(200, "ok");

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Deque<AttemptOutcome> script = new ArrayDeque<>();

  @Override
  public synchronized AttemptOutcome send(Request request) {
    requests.add(request);
    AttemptOutcome next = script.poll();
    return next == null ? OK : next;
  }

  /** The next sends answer with these outcomes, in order. */
  public synchronized FakeWebhookSender answering(AttemptOutcome... outcomes) {
    script.addAll(List.of(outcomes));
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }
}
