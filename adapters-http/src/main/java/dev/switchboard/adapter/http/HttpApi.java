package dev.switchboard.adapter.http;

import dev.switchboard.adapter.http.auth.Access;
import dev.switchboard.adapter.http.channel.ChannelHandlers;
import dev.switchboard.adapter.http.provider.ProviderCallbackHandlers;
import dev.switchboard.adapter.http.auth.Authenticator;
import dev.switchboard.adapter.http.idempotency.IdempotentRequests;
import dev.switchboard.adapter.http.jsonapi.ApiError;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiHandler;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.ContentNegotiation;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.message.MessageHandlers;
import dev.switchboard.adapter.http.operations.HttpMetrics;
import dev.switchboard.adapter.http.operations.OperationsHandlers;
import dev.switchboard.adapter.http.organization.ManagementHandlers;
import dev.switchboard.adapter.http.organization.OrganizationHandlers;
import dev.switchboard.adapter.http.subscription.WebhookHandlers;
import dev.switchboard.adapter.http.subscription.WebhookLogHandlers;
import dev.switchboard.adapter.http.template.TemplateHandlers;
import dev.switchboard.adapter.http.thread.ThreadHandlers;
import dev.switchboard.application.port.in.AuthenticateUseCase.Principal;
import dev.switchboard.application.port.in.IdempotencyUseCase.StoredResponse;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP adapter's public entry point: a Recrubo-compatible JSON:API under {@value JsonApi#BASE_PATH}, plus
 * {@code /health}, {@code /ready} and {@code /metrics}, served by Javalin 7 on virtual threads.
 *
 * <pre>
 * HttpApi api = HttpApi.create(HttpConfig.onPort(8080), useCases, readiness, prometheusRegistry);
 * int port = api.start();   // port 0 binds a free port
 * ...
 * api.stop();               // graceful: in-flight requests finish, up to HttpConfig.stopTimeout
 * </pre>
 *
 * Every route and every exception mapper is registered in {@link #configure}; {@link #endpoints()} is the same
 * table, which the OpenAPI test compares with {@code openapi.json}.
 *
 * <p>Thread-safety: requests run concurrently on virtual threads; the handlers keep no per-request state outside the
 * request, so the use cases (and the readiness check) must be thread-safe. {@link #start()} and {@link #stop()} are
 * synchronized; an instance starts once and cannot be restarted after {@link #stop()}.
 *
 * <p>Metrics: the given registry is the one {@code /metrics} scrapes. Bootstrap can bind its own meters to it (a
 * gauge of messages by status, say) before or after start; {@link #meterRegistry()} returns it.
 */
public final class HttpApi {

  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

  private static final String B = JsonApi.BASE_PATH;
  /** How long a request waits for a racing request with the same Idempotency-Key before answering 409. */
  private static final Duration IDEMPOTENCY_WAIT = Duration.ofSeconds(10);
  private static final int RESPONSE_COPY_BUFFER_BYTES = 8 * 1024;

  private final HttpConfig config;
  private final PrometheusMeterRegistry registry;
  private final Authenticator authenticator;
  private final IdempotentRequests idempotentRequests;
  private final HttpMetrics metrics;
  private final ThreadHandlers threads;
  private final MessageHandlers messages;
  private final TemplateHandlers templates;
  private final OrganizationHandlers organizations;
  private final ManagementHandlers management;
  private final OperationsHandlers operations;
  private final ChannelHandlers channels;
  private final ProviderCallbackHandlers providerCallbacks;
  private final WebhookHandlers webhooks;
  private final WebhookLogHandlers webhookLogs;
  private final List<Endpoint> endpoints = new ArrayList<>();
  private final PublicBaseUrl announcedBaseUrl;
  private final Javalin app;
  private boolean started;
  private boolean stopped;

  private HttpApi(
      HttpConfig config,
      UseCases useCases,
      ReadinessCheck readiness,
      PrometheusMeterRegistry registry,
      PublicBaseUrl announcedBaseUrl) {
    this.config = Objects.requireNonNull(config, "config");
    this.announcedBaseUrl = Objects.requireNonNull(announcedBaseUrl, "announcedBaseUrl");
    Objects.requireNonNull(useCases, "useCases");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.authenticator = new Authenticator(useCases.authenticate());
    this.idempotentRequests = new IdempotentRequests(useCases.idempotency(), IDEMPOTENCY_WAIT);
    this.metrics = new HttpMetrics(registry);
    UseCases.Threads threadUseCases = useCases.threads();
    UseCases.Messages messageUseCases = useCases.messages();
    UseCases.Templates templateUseCases = useCases.templates();
    UseCases.Organizations organizationUseCases = useCases.organizations();
    this.threads = new ThreadHandlers(
        threadUseCases.create(),
        threadUseCases.get(),
        threadUseCases.list(),
        threadUseCases.update(),
        threadUseCases.delete(),
        messageUseCases.list());
    this.messages = new MessageHandlers(
        messageUseCases.send(),
        messageUseCases.get(),
        messageUseCases.list(),
        messageUseCases.update(),
        messageUseCases.delete(),
        threadUseCases.get());
    this.templates = new TemplateHandlers(
        templateUseCases.create(), templateUseCases.get(), templateUseCases.list(), templateUseCases.delete());
    this.organizations = new OrganizationHandlers(organizationUseCases.get(), organizationUseCases.update());
    this.management = new ManagementHandlers(
        organizationUseCases.create(),
        organizationUseCases.get(),
        organizationUseCases.list(),
        organizationUseCases.update(),
        organizationUseCases.delete(),
        organizationUseCases.rotateKey());
    this.operations = new OperationsHandlers(Objects.requireNonNull(readiness, "readiness")::isReady, registry);
    UseCases.Channels channelUseCases = useCases.channels();
    this.channels = new ChannelHandlers(
        channelUseCases.create(),
        channelUseCases.get(),
        channelUseCases.list(),
        channelUseCases.update(),
        channelUseCases.delete(),
        this::publicBaseUrl);
    this.providerCallbacks = new ProviderCallbackHandlers(useCases.providerCallbacks(), this::publicBaseUrl);
    UseCases.Webhooks webhookUseCases = useCases.webhooks();
    this.webhooks = new WebhookHandlers(
        webhookUseCases.create(),
        webhookUseCases.get(),
        webhookUseCases.list(),
        webhookUseCases.update(),
        webhookUseCases.delete());
    this.webhookLogs =
        new WebhookLogHandlers(webhookUseCases.getLog(), webhookUseCases.listLogs(), webhookUseCases.redeliver());
    this.app = Javalin.create(this::configure);
  }

  public static HttpApi create(
      HttpConfig config, UseCases useCases, ReadinessCheck readiness, PrometheusMeterRegistry registry) {
    return create(config, useCases, readiness, registry, PublicBaseUrl.unbound());
  }

  /**
   * Like {@link #create(HttpConfig, UseCases, ReadinessCheck, PrometheusMeterRegistry)}; on {@link #start()} the API
   * sets {@code publicBaseUrl} to its own public base URL, for the parts made before it (the webhook sender).
   */
  public static HttpApi create(
      HttpConfig config,
      UseCases useCases,
      ReadinessCheck readiness,
      PrometheusMeterRegistry registry,
      PublicBaseUrl publicBaseUrl) {
    return new HttpApi(config, useCases, readiness, registry, publicBaseUrl);
  }

  /** Starts serving; returns the bound port. */
  public synchronized int start() {
    if (stopped) {
      throw new IllegalStateException("an HttpApi cannot be restarted; create a new one");
    }
    if (!started) {
      app.start(config.port());
      started = true;
      announcedBaseUrl.bind(publicBaseUrl());
      LOG.info("Switchboard HTTP API listening on port {}", app.port());
    }
    return app.port();
  }

  /** Stops accepting connections and lets in-flight requests finish, for at most {@link HttpConfig#stopTimeout()}. */
  public synchronized void stop() {
    if (started && !stopped) {
      app.stop();
    }
    stopped = true;
  }

  public synchronized int port() {
    if (!started) {
      throw new IllegalStateException("not started");
    }
    return app.port();
  }

  /** Every route this API serves, in registration order. */
  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  /**
   * Where providers reach this server: the configured public URL, else {@code http://localhost:{port}}. Called by
   * request handlers only, so the server is started and its port bound.
   */
  private String publicBaseUrl() {
    return config.publicUrl()
        .map(url -> PublicBaseUrl.strip(url.toString()))
        .orElseGet(() -> "http://localhost:" + app.port());
  }

  /** The registry {@code /metrics} exposes; bind further meters to it. */
  public MeterRegistry meterRegistry() {
    return registry;
  }

  /** The one place where the server, every route and every exception mapper are configured. */
  private void configure(JavalinConfig javalin) {
    javalin.concurrency.useVirtualThreads = true;
    javalin.startup.showJavalinBanner = false;
    javalin.startup.showOldJavalinVersionWarning = false;
    javalin.http.maxRequestSize = config.maxRequestBytes();
    // Javalin copies every response to Jetty through a buffer of this size, allocated per response (by default
    // Jetty's 32 KB output buffer, which still gathers the writes): most responses are a few KB.
    javalin.http.responseBufferSize = RESPONSE_COPY_BUFFER_BYTES;
    javalin.http.defaultContentType = JsonApi.MEDIA_TYPE;
    javalin.http.prefer405over404 = true;
    javalin.router.ignoreTrailingSlashes = true;
    javalin.jetty.modifyServer(server -> {
      server.setStopTimeout(config.stopTimeout().toMillis());
      server.setHandler(new GracefulHandler());
    });
    javalin.requestLogger.http(this::recordMetrics);

    operational(javalin, "/health", operations::health);
    operational(javalin, "/ready", operations::ready);
    operational(javalin, "/metrics", operations::metrics);
    operational(javalin, B + "/openapi.json", operations::openApi);

    api(javalin, HandlerType.GET, B + "/message-threads", Access.ORGANIZATION, threads::list);
    api(javalin, HandlerType.POST, B + "/message-threads", Access.ORGANIZATION, threads::create);
    api(javalin, HandlerType.GET, B + "/message-threads/{id}", Access.ORGANIZATION, threads::get);
    api(javalin, HandlerType.PATCH, B + "/message-threads/{id}", Access.ORGANIZATION, threads::update);
    api(javalin, HandlerType.DELETE, B + "/message-threads/{id}", Access.ORGANIZATION, threads::delete);

    api(javalin, HandlerType.GET, B + "/messages", Access.ORGANIZATION, messages::list);
    api(javalin, HandlerType.POST, B + "/messages", Access.ORGANIZATION, messages::create);
    api(javalin, HandlerType.GET, B + "/messages/{id}", Access.ORGANIZATION, messages::get);
    api(javalin, HandlerType.PATCH, B + "/messages/{id}", Access.ORGANIZATION, messages::update);
    api(javalin, HandlerType.DELETE, B + "/messages/{id}", Access.ORGANIZATION, messages::delete);

    api(javalin, HandlerType.GET, B + "/message-templates", Access.ORGANIZATION, templates::list);
    api(javalin, HandlerType.POST, B + "/message-templates", Access.ORGANIZATION, templates::create);
    api(javalin, HandlerType.GET, B + "/message-templates/{id}", Access.ORGANIZATION, templates::get);
    api(javalin, HandlerType.DELETE, B + "/message-templates/{id}", Access.ORGANIZATION, templates::delete);

    api(javalin, HandlerType.GET, B + "/organizations", Access.ORGANIZATION, organizations::list);
    api(javalin, HandlerType.PATCH, B + "/organizations", Access.ORGANIZATION, organizations::updateSelf);
    api(javalin, HandlerType.GET, B + "/organizations/{id}", Access.ORGANIZATION, organizations::get);
    api(javalin, HandlerType.PATCH, B + "/organizations/{id}", Access.ORGANIZATION, organizations::update);

    api(javalin, HandlerType.GET, B + "/management/organizations", Access.MANAGEMENT, management::list);
    api(javalin, HandlerType.POST, B + "/management/organizations", Access.MANAGEMENT, management::create);
    api(javalin, HandlerType.GET, B + "/management/organizations/{id}", Access.MANAGEMENT, management::get);
    api(javalin, HandlerType.PATCH, B + "/management/organizations/{id}", Access.MANAGEMENT, management::update);
    api(javalin, HandlerType.DELETE, B + "/management/organizations/{id}", Access.MANAGEMENT, management::delete);
    api(javalin, HandlerType.POST, B + "/management/refresh-token/{organizationId}", Access.MANAGEMENT,
        management::rotateKey);

    api(javalin, HandlerType.GET, B + "/webhooks", Access.ORGANIZATION, webhooks::list);
    api(javalin, HandlerType.POST, B + "/webhooks", Access.ORGANIZATION, webhooks::create);
    api(javalin, HandlerType.GET, B + "/webhooks/{id}", Access.ORGANIZATION, webhooks::get);
    api(javalin, HandlerType.PATCH, B + "/webhooks/{id}", Access.ORGANIZATION, webhooks::update);
    api(javalin, HandlerType.DELETE, B + "/webhooks/{id}", Access.ORGANIZATION, webhooks::delete);

    api(javalin, HandlerType.GET, B + "/webhook-logs", Access.ORGANIZATION, webhookLogs::list);
    api(javalin, HandlerType.GET, B + "/webhook-logs/{id}", Access.ORGANIZATION, webhookLogs::get);
    api(javalin, HandlerType.POST, B + "/webhook-logs/{id}/redeliver", Access.ORGANIZATION, webhookLogs::redeliver);

    api(javalin, HandlerType.GET, B + "/channels", Access.ORGANIZATION, channels::list);
    api(javalin, HandlerType.POST, B + "/channels", Access.ORGANIZATION, channels::create);
    api(javalin, HandlerType.GET, B + "/channels/{id}", Access.ORGANIZATION, channels::get);
    api(javalin, HandlerType.PATCH, B + "/channels/{id}", Access.ORGANIZATION, channels::update);
    api(javalin, HandlerType.DELETE, B + "/channels/{id}", Access.ORGANIZATION, channels::delete);

    // Provider webhooks: no key, no JSON:API negotiation; the provider's signature is checked by the use case.
    providerCallback(javalin, HandlerType.GET, "/providers/{provider}/{channelId}", providerCallbacks::handle);
    providerCallback(javalin, HandlerType.POST, "/providers/{provider}/{channelId}", providerCallbacks::handle);

    javalin.routes.exception(ApiException.class, (e, ctx) -> writeErrors(ctx, e.errors()));
    javalin.routes.exception(HttpResponseException.class, (e, ctx) -> writeErrors(ctx, List.of(fromJavalin(e, ctx))));
    javalin.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
      writeErrors(ctx, List.of(ApiError.of(500, "internal_error", "An unexpected error occurred; it has been logged")));
    });
  }

  private void operational(JavalinConfig javalin, String path, Handler handler) {
    endpoints.add(new Endpoint("GET", path, Access.PUBLIC));
    javalin.routes.get(path, handler);
  }

  private void providerCallback(JavalinConfig javalin, HandlerType method, String path, Handler handler) {
    endpoints.add(new Endpoint(method.name(), path, Access.PUBLIC));
    javalin.routes.addHttpHandler(method, path, handler);
  }

  private void api(JavalinConfig javalin, HandlerType method, String path, Access access, ApiHandler handler) {
    endpoints.add(new Endpoint(method.name(), path, access));
    javalin.routes.addHttpHandler(method, path, ctx -> pipeline(ctx, method, access, handler));
  }

  /**
   * Every JSON:API request: size limit, key, content negotiation, then the handler, through the idempotency layer
   * for a POST with an {@code Idempotency-Key}. Keys are scoped per organization, so the management key's POSTs
   * (which belong to no organization) ignore the header.
   */
  private void pipeline(Context ctx, HandlerType method, Access access, ApiHandler handler) {
    long declaredLength = ctx.req().getContentLengthLong();
    if (declaredLength > config.maxRequestBytes()) {
      throw tooLarge();
    }
    Principal principal = authenticator.require(Optional.ofNullable(ctx.header("Authorization")), access);
    ContentNegotiation.checkAccept(Optional.ofNullable(ctx.header("Accept")));
    boolean writes = method == HandlerType.POST || method == HandlerType.PATCH;
    if (writes && hasBody(ctx)) {
      ContentNegotiation.checkContentType(Optional.ofNullable(ctx.header("Content-Type")));
    }
    ApiRequest request = new ApiRequest(principal, ctx::pathParam, ctx.queryParamMap(), () -> readBody(ctx));
    String key = ctx.header(IdempotentRequests.HEADER);
    if (method == HandlerType.POST && key != null && principal instanceof Principal.OrganizationKey organization) {
      String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      StoredResponse stored = idempotentRequests.run(
          organization.organizationId(), key, "POST", target, request.body(), () -> store(run(handler, request)));
      write(ctx, stored);
    } else {
      write(ctx, store(run(handler, request)));
    }
  }

  /** Runs a handler and turns its client errors into responses, so that they can be stored for replay too. */
  private static ApiResponse run(ApiHandler handler, ApiRequest request) {
    try {
      return handler.handle(request);
    } catch (ApiException e) {
      return new ApiResponse(e.status(), Optional.of(Documents.errors(e.errors())), Optional.empty());
    }
  }

  private static StoredResponse store(ApiResponse response) {
    return new StoredResponse(
        response.status(),
        JsonApi.MEDIA_TYPE,
        response.location().orElse(null),
        response.body().map(JsonApi::write).orElse(""));
  }

  private static void write(Context ctx, StoredResponse response) {
    ctx.status(response.status());
    if (response.location() != null) {
      ctx.header("Location", response.location());
    }
    if (response.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    if (response.body().isEmpty()) {
      ctx.result(new byte[0]);
    } else {
      ctx.contentType(response.contentType()).result(response.body());
    }
  }

  private static void writeErrors(Context ctx, List<ApiError> errors) {
    int status = errors.getFirst().status();
    write(ctx, new StoredResponse(status, JsonApi.MEDIA_TYPE, null, JsonApi.write(Documents.errors(errors))));
  }

  private ApiError fromJavalin(HttpResponseException e, Context ctx) {
    int status = e.getStatus() >= 400 && e.getStatus() <= 599 ? e.getStatus() : 500;
    return switch (status) {
      case 404 -> ApiError.of(404, "not_found", "No resource at " + ctx.path());
      case 405 -> ApiError.of(405, "method_not_allowed", ctx.method().name() + " is not supported on " + ctx.path());
      case 413 -> tooLarge().errors().getFirst();
      default -> ApiError.of(status, status >= 500 ? "internal_error" : "bad_request", ApiError.titleFor(status));
    };
  }

  private static boolean hasBody(Context ctx) {
    return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
  }

  /**
   * The body, at most the configured limit. A declared length is read into an array of that size; without one (a
   * chunked body) the stream is read in chunks up to one byte past the limit.
   */
  private byte[] readBody(Context ctx) {
    long limit = config.maxRequestBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared >= 0) {
        byte[] body = new byte[(int) declared];
        int read = in.readNBytes(body, 0, body.length);
        return read == body.length ? body : Arrays.copyOf(body, read);
      }
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body failed", e);
    }
  }

  private ApiException tooLarge() {
    return new ApiException(ApiError.of(
        413, "content_too_large", "The request body exceeds the limit of " + config.maxRequestBytes() + " bytes"));
  }

  private void recordMetrics(Context ctx, Float executionMillis) {
    String route;
    try {
      route = ctx.endpoint().path;
    } catch (RuntimeException e) {
      route = HttpMetrics.UNMATCHED;
    }
    metrics.record(
        ctx.method().name(), route, ctx.statusCode(), Duration.ofNanos((long) (executionMillis * 1_000_000L)));
  }
}
