package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The timeline's guest box takes a vmid or a part of a name; its page links keep every
 * filter, reserved characters escaped; a page number that is not a plain number shows the
 * first page.
 */
class TimelineQueryTests {

	@Test
	void theGuestBoxTakesAVmidOrAPartOfAName() {
		assertThat(new TimelineQuery("201", null, null, null, null).vmid()).isEqualTo(201);
		assertThat(new TimelineQuery("201", null, null, null, null).nameSearch()).isNull();
		assertThat(new TimelineQuery(" Home ", null, null, null, null).nameSearch()).isEqualTo("home");
		assertThat(new TimelineQuery(" Home ", null, null, null, null).vmid()).isNull();
		assertThat(new TimelineQuery(" ", null, null, null, null).filtered()).isFalse();
		assertThat(new TimelineQuery(null, null, "OUTSIDE", null, null).filtered()).isTrue();
		assertThat(new TimelineQuery("ha", null, null, null, null).filtered()).isTrue();
	}

	@Test
	void pageLinksKeepTheFiltersAndBadPageNumbersShowTheFirstPage() {
		TimelineQuery query = new TimelineQuery("a+b c&page=9", "critical", "OUTSIDE", "current", "two");
		assertThat(query.pageNumber()).isEqualTo(1);
		assertThat(query.pageUrl(2))
			.isEqualTo("/snapshots?guest=a%2Bb%20c%26page%3D9&tag=critical&madeBy=OUTSIDE&history=current&page=2");
		assertThat(new TimelineQuery(null, "", null, null, "3").pageUrl(3)).isEqualTo("/snapshots?page=3");
		assertThat(new TimelineQuery(null, null, null, null, "3").pageNumber()).isEqualTo(3);
		assertThat(new TimelineQuery(null, null, null, null, "-1").pageNumber()).isEqualTo(1);
	}

}
