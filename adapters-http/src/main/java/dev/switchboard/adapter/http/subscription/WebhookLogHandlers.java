package dev.switchboard.adapter.http.subscription;

import dev.switchboard.adapter.http.jsonapi.ApiError;
import dev.switchboard.adapter.http.jsonapi.ApiException;
import dev.switchboard.adapter.http.jsonapi.ApiRequest;
import dev.switchboard.adapter.http.jsonapi.ApiResponse;
import dev.switchboard.adapter.http.jsonapi.Documents;
import dev.switchboard.adapter.http.jsonapi.ListRequest;
import dev.switchboard.adapter.http.jsonapi.ListSpec;
import dev.switchboard.adapter.http.jsonapi.PageDocuments;
import dev.switchboard.adapter.http.jsonapi.QueryParameters;
import dev.switchboard.application.port.in.GetWebhookLogUseCase;
import dev.switchboard.application.port.in.ListWebhookLogsUseCase;
import dev.switchboard.application.port.in.RedeliverWebhookUseCase;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.WebhookLogFields;
import dev.switchboard.domain.webhook.WebhookDelivery;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import java.util.Objects;
import java.util.Set;

/**
 * {@code /webhook-logs}: every delivery with its attempts (read-only), and
 * {@code POST /webhook-logs/{id}/redeliver}, which sends a failed delivery once more (200 with the log, now
 * pending; 409 when it is not failed).
 */
public final class WebhookLogHandlers {

  private static final String NOT_FOUND = "WebhookLog not found";
  public static final ListSpec<WebhookDelivery> LIST = ListSpec.of(WebhookLogFields.ALL, Set.of());

  private final GetWebhookLogUseCase getWebhookLog;
  private final ListWebhookLogsUseCase listWebhookLogs;
  private final RedeliverWebhookUseCase redeliverWebhook;

  public WebhookLogHandlers(
      GetWebhookLogUseCase getWebhookLog,
      ListWebhookLogsUseCase listWebhookLogs,
      RedeliverWebhookUseCase redeliverWebhook) {
    this.getWebhookLog = Objects.requireNonNull(getWebhookLog, "getWebhookLog");
    this.listWebhookLogs = Objects.requireNonNull(listWebhookLogs, "listWebhookLogs");
    this.redeliverWebhook = Objects.requireNonNull(redeliverWebhook, "redeliverWebhook");
  }

  public ApiResponse list(ApiRequest request) {
    ListRequest<WebhookDelivery> parsed = QueryParameters.forList(request.queryParams(), LIST);
    Page<WebhookDelivery> page = listWebhookLogs.list(request.organizationId(), parsed.query());
    return ApiResponse.ok(PageDocuments.page(page, parsed, WebhookLogView.PATH, WebhookLogView::from));
  }

  public ApiResponse get(ApiRequest request) {
    QueryParameters.forSingle(request.queryParams(), LIST.includable());
    WebhookDelivery delivery = getWebhookLog.get(request.organizationId(), id(request))
        .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    return ApiResponse.ok(Documents.single(WebhookLogView.from(delivery)));
  }

  public ApiResponse redeliver(ApiRequest request) {
    QueryParameters.none(request.queryParams());
    return switch (redeliverWebhook.redeliver(request.organizationId(), id(request))) {
      case RedeliverWebhookUseCase.Result.Scheduled scheduled ->
          ApiResponse.ok(Documents.single(WebhookLogView.from(scheduled.delivery())));
      case RedeliverWebhookUseCase.Result.NotFound notFound -> throw ApiException.notFound(NOT_FOUND);
      case RedeliverWebhookUseCase.Result.NotFailed notFailed ->
          throw new ApiException(ApiError.of(409, notFailed.violation().code(), notFailed.violation().reason()));
    };
  }

  private static WebhookDeliveryId id(ApiRequest request) {
    return new WebhookDeliveryId(request.pathId("id", "WebhookLog"));
  }
}
