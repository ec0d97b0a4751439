package dev.switchboard.application.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final PageRequest.Numbered SECOND_OF_TEN = new PageRequest.Numbered(2, 10);
  private static final PageRequest.Keyset FIRST_KEYSET = new PageRequest.Keyset(Optional.empty(), false, 10);

  @Test
  void givenNumberedPage_totalsAndMaxPageArePresent() {
    Page<String> page = Page.numbered(List.of("a"), new Page.Totals(21, 40), SECOND_OF_TEN);

    assertThat(page.totals()).contains(new Page.Totals(21, 40));
    assertThat(page.maxPage()).hasValue(3);
  }

  @Test
  void givenEmptyNumberedListing_maxPageIsOne() {
    assertThat(Page.numbered(List.of(), new Page.Totals(0, 0), SECOND_OF_TEN).maxPage()).hasValue(1);
  }

  @Test
  void givenKeysetPage_totalsAndMaxPageAreAbsent() {
    Page<String> page = Page.keyset(List.of("a"), FIRST_KEYSET, Optional.empty(), Optional.empty());

    assertThat(page.totals()).isEmpty();
    assertThat(page.maxPage()).isEmpty();
  }

  @Test
  void givenTotalsOnKeysetPageOrNoneOnNumberedPage_isRefused() {
    assertThatThrownBy(() -> new Page<>(
        List.of(), Optional.of(new Page.Totals(1, 1)), FIRST_KEYSET, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Page<>(List.of(), Optional.empty(), SECOND_OF_TEN, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
