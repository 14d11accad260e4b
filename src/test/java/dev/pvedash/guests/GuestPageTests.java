package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/** Cutting the matches into pages: every match on exactly one page, none dropped. */
class GuestPageTests {

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
		List<GuestView> guests = IntStream.range(0, matches).mapToObj(GuestPageTests::guest).toList();
		GuestPage page = GuestPage.of(guests, requested, size);
		assertThat(page.number()).isEqualTo(number);
		assertThat(page.pages()).isEqualTo(pages);
		assertThat(page.first()).isEqualTo(first);
		assertThat(page.last()).isEqualTo(last);
		assertThat(page.matched()).isEqualTo(matches);
		assertThat(page.rows()).hasSize((first == 0) ? 0 : last - first + 1);
		if (first > 0) {
			assertThat(page.rows().get(0).vmid()).isEqualTo(100 + first - 1);
		}
		assertThat(page.paged()).isEqualTo(pages > 1);
		assertThat(page.hasPrevious()).isEqualTo(number > 1);
		assertThat(page.hasNext()).isEqualTo(number < pages);
	}

	private static GuestView guest(int i) {
		return GuestQueryTests.guest(100 + i, GuestType.LXC, GuestState.RUNNING, false);
	}

}
