package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cutting the matches into pages: every match on exactly one page, none dropped (the
 * guests table's, the backups table's and the snapshot timeline's paging).
 */
class PagerTests {

	@ParameterizedTest(name = "{0} matches, page {1} of size {2}: rows {4}..{5} of page {3}/{6}")
	@CsvSource(delimiter = '|', textBlock = """
			0   | 1  | 50 | 1 | 0   | 0   | 1
			7   | 1  | 50 | 1 | 1   | 7   | 1
			50  | 2  | 50 | 1 | 1   | 50  | 1
			51  | 2  | 50 | 2 | 51  | 51  | 2
			120 | 3  | 50 | 3 | 101 | 120 | 3
			120 | 0  | 50 | 1 | 1   | 50  | 3
			120 | 99 | 50 | 3 | 101 | 120 | 3
			""")
	void pages(int matches, int requested, int size, int number, int first, int last, int pages) {
		List<Integer> rows = IntStream.range(0, matches).map(i -> 100 + i).boxed().toList();
		Pager page = Pager.of(rows.size(), requested, size);
		assertThat(page.number()).isEqualTo(number);
		assertThat(page.pages()).isEqualTo(pages);
		assertThat(page.first()).isEqualTo(first);
		assertThat(page.last()).isEqualTo(last);
		assertThat(page.matched()).isEqualTo(matches);
		assertThat(page.slice(rows)).hasSize((first == 0) ? 0 : last - first + 1);
		assertThat(page.offset()).isEqualTo((first == 0) ? 0 : first - 1);
		if (first > 0) {
			assertThat(page.slice(rows).get(0)).isEqualTo(100 + first - 1);
		}
		assertThat(page.paged()).isEqualTo(pages > 1);
		assertThat(page.hasPrevious()).isEqualTo(number > 1);
		assertThat(page.hasNext()).isEqualTo(number < pages);
	}

	@Test
	void everyMatchIsOnExactlyOnePage() {
		List<Integer> rows = IntStream.range(0, 127).boxed().toList();
		List<Integer> seen = IntStream.rangeClosed(1, Pager.of(127, 1, 50).pages())
			.mapToObj(n -> Pager.of(127, n, 50).slice(rows))
			.flatMap(List::stream)
			.toList();
		assertThat(seen).isEqualTo(rows);
	}

	@Test
	void onlyPlainNumbersAreReadAsPages() {
		assertThat(Pager.requested("3")).isEqualTo(3);
		assertThat(Pager.requested(null)).isEqualTo(1);
		assertThat(Pager.requested("two")).isEqualTo(1);
		assertThat(Pager.requested("0")).isEqualTo(1);
		assertThat(Pager.requested("-2")).isEqualTo(1);
		assertThat(Pager.requested("99999999999")).isEqualTo(1);
	}

}
