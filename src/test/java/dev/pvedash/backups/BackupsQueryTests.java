package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The {@code /backups} table's search, verdict filter and sort run over every guest
 * before the page is cut; its links keep them, every reserved character escaped.
 */
class BackupsQueryTests {

	static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	final List<BackupsPage.GuestRow> rows = List.of(row(101, "ha", Verdict.PROTECTED, false, 2),
			row(102, "nas", Verdict.AT_RISK, false, 9), row(103, "pihole", Verdict.NOT_PROTECTED, false, null),
			row(104, "scratch", Verdict.NOT_PROTECTED, true, null), row(201, "media", Verdict.UNKNOWN, false, 1));

	@Test
	void searchesNamesAndIdsAndFiltersByTheCountedVerdict() {
		assertThat(vmids(new BackupsQuery("PI", null, null, null, null, null))).containsExactly(103);
		assertThat(vmids(new BackupsQuery(" 201 ", null, null, null, null, null))).containsExactly(201);
		assertThat(vmids(new BackupsQuery(null, "not_protected", null, null, null, null))).containsExactly(103);
		assertThat(vmids(new BackupsQuery(null, "excused", null, null, null, null))).containsExactly(104);
		assertThat(vmids(new BackupsQuery(null, "AT_RISK", null, null, null, null))).containsExactly(102);
		assertThat(vmids(new BackupsQuery(null, "nonsense", null, null, null, null))).hasSize(5);
		assertThat(vmids(new BackupsQuery(null, null, "none", null, null, null))).containsExactly(103, 201);
		assertThat(vmids(new BackupsQuery("media", null, "none", null, null, null))).containsExactly(201);
		assertThat(vmids(new BackupsQuery(null, null, "all", null, null, null))).hasSize(5);
	}

	@Test
	void sortsWorstFirstAndGuestsWithoutBackupLastEitherWay() {
		assertThat(vmids(new BackupsQuery(null, null, null, "verdict", null, null))).containsExactly(103, 104, 201, 102,
				101);
		assertThat(vmids(new BackupsQuery(null, null, null, "newest", "asc", null))).containsExactly(102, 101, 201, 103,
				104);
		assertThat(vmids(new BackupsQuery(null, null, null, "newest", "desc", null))).containsExactly(201, 101, 102,
				103, 104);
		assertThat(vmids(new BackupsQuery(null, null, null, "bogus", "desc", null))).containsExactly(201, 104, 103, 102,
				101);
	}

	@Test
	void linksKeepFiltersAndSortAndEscapeEveryReservedCharacter() {
		BackupsQuery query = new BackupsQuery("a+b c&page=9", "at_risk", null, "newest", null, "x");
		assertThat(query.pageNumber()).isEqualTo(1);
		assertThat(query.pageUrl(2)).isEqualTo("/backups?q=a%2Bb%20c%26page%3D9&verdict=at_risk&sort=newest&page=2");
		assertThat(new BackupsQuery(null, null, "none", "verdict", "desc", null).pageUrl(2))
			.isEqualTo("/backups?job=none&sort=verdict&dir=desc&page=2");
		assertThat(query.sortUrl("newest"))
			.isEqualTo("/backups?q=a%2Bb%20c%26page%3D9&verdict=at_risk&sort=newest&dir=desc&page=1");
		assertThat(query.sortUrl("verdict"))
			.isEqualTo("/backups?q=a%2Bb%20c%26page%3D9&verdict=at_risk&sort=verdict&dir=asc&page=1");
		assertThat(query.ariaSort("newest")).isEqualTo("ascending");
		assertThat(query.ariaSort("vmid")).isNull();
		assertThat(new BackupsQuery(null, null, null, null, null, "3").pageUrl(3)).isEqualTo("/backups?page=3");
	}

	private List<Integer> vmids(BackupsQuery query) {
		return query.apply(this.rows, Set.of(103, 201)).stream().map(r -> r.guest().vmid()).toList();
	}

	private static BackupsPage.GuestRow row(int vmid, String name, Verdict verdict, boolean excused, Integer daysOld) {
		List<BackupsPage.CopyRow> copies = (daysOld == null) ? List.of()
				: List
					.of(new BackupsPage.CopyRow(
							new StoredCopy("", "pbs", "pbs:backup/vm/" + vmid, vmid,
									NOW.minusSeconds(daysOld * 86_400L), 1L, "pbs-vm", null, false, null, false),
							StorageLocation.OFF_HOST));
		GuestProtection protection = new GuestProtection(vmid, verdict, "backups.why.not-protected", List.of(), excused,
				null);
		return new BackupsPage.GuestRow(Homes.guest(vmid, name, false), protection, copies, null);
	}

}
