package dev.switchboard.adapter.http.jsonapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code meta} and {@code links} of a collection, with JSON:API links that keep the filters, sort and include of
 * the request.
 *
 * <p>A numbered page ({@code page[number]}, also the default) answers Recrubo's meta: {@code total},
 * {@code totalUnfiltered}, {@code currentSize} (the page size, as in Recrubo's example), {@code currentPage},
 * {@code maxPage}; and self/first/prev/next/last links. A cursor page ({@code page[after]}, {@code page[before]})
 * answers only {@code currentSize} and self/first/prev/next links: its listing is not counted (counting reads every
 * row of the organization, a cursor page only the rows it shows), so there is no total and no last page.
 */
public final class PageDocuments {

  private PageDocuments() {}

  /**
   * The collection document of one listing page: each item rendered by {@code view}, {@code included} resources if
   * any, and the page's meta and links under {@code path}.
   */
  public static <T> ObjectNode page(
      Page<T> page,
      ListRequest<T> request,
      String path,
      Function<T, ResourceObject> view,
      Optional<List<ResourceObject>> included) {
    return Documents.collection(
        page.items().stream().map(view).toList(), included, meta(page), links(path, request, page));
  }

  /** {@link #page(Page, ListRequest, String, Function, Optional)} without included resources. */
  public static <T> ObjectNode page(Page<T> page, ListRequest<T> request, String path, Function<T, ResourceObject> view) {
    return page(page, request, path, view, Optional.empty());
  }

  private static ObjectNode meta(Page<?> page) {
    ObjectNode meta = JsonApi.object();
    page.totals().ifPresent(totals -> {
      meta.put("total", totals.total());
      meta.put("totalUnfiltered", totals.totalUnfiltered());
    });
    meta.put("currentSize", page.request().size());
    if (page.request() instanceof PageRequest.Numbered numbered) {
      meta.put("currentPage", numbered.number());
    }
    page.maxPage().ifPresent(maxPage -> meta.put("maxPage", maxPage));
    return meta;
  }

  private static ObjectNode links(String path, ListRequest<?> request, Page<?> page) {
    ObjectNode links = JsonApi.object();
    List<Map.Entry<String, String>> carried = request.carried();
    int size = page.request().size();
    switch (page.request()) {
      case PageRequest.Numbered numbered -> {
        long last = page.maxPage().orElseThrow();
        links.put("self", link(path, carried, "page[number]", String.valueOf(numbered.number()), size));
        links.put("first", link(path, carried, "page[number]", "1", size));
        if (numbered.number() > 1) {
          long previous = Math.min(numbered.number() - 1L, last);
          links.put("prev", link(path, carried, "page[number]", String.valueOf(previous), size));
        } else {
          links.putNull("prev");
        }
        if (numbered.number() < last) {
          links.put("next", link(path, carried, "page[number]", String.valueOf(numbered.number() + 1L), size));
        } else {
          links.putNull("next");
        }
        links.put("last", link(path, carried, "page[number]", String.valueOf(last), size));
      }
      case PageRequest.Keyset keyset -> {
        String self = keyset.cursor()
            .map(cursor -> link(path, carried, keyset.backwards() ? "page[before]" : "page[after]", cursor.encode(), size))
            .orElseGet(() -> link(path, carried, "page[after]", "", size));
        links.put("self", self);
        links.put("first", link(path, carried, "page[after]", "", size));
        page.previous().ifPresentOrElse(
            cursor -> links.put("prev", link(path, carried, "page[before]", cursor.encode(), size)),
            () -> links.putNull("prev"));
        page.next().ifPresentOrElse(
            cursor -> links.put("next", link(path, carried, "page[after]", cursor.encode(), size)),
            () -> links.putNull("next"));
      }
    }
    return links;
  }

  private static String link(
      String path, List<Map.Entry<String, String>> carried, String pageKey, String pageValue, int size) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> entry : carried) {
      if (!entry.getKey().equals("page[size]")) {
        parts.add(entry.getKey() + "=" + encode(entry.getValue()));
      }
    }
    if (pageKey != null) {
      parts.add(pageKey + "=" + encode(pageValue));
    }
    parts.add("page[size]=" + size);
    return path + "?" + parts.stream().collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ",");
  }
}
