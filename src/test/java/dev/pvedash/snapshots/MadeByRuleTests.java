package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/snapshots.md "Made by"; cv4pve-autosnap naming from its README (auto + label +
 * yyMMddHHmmss).
 */
class MadeByRuleTests {

	static final Instant TAKEN = Instant.parse("2026-11-29T03:00:00Z");

	static final List<Origin> ORIGINS = List.of(new Origin(101, "before-upgrade", "alice", TAKEN.plusSeconds(20)),
			new Origin(101, "auto-weekly-1", "schedule:weekly", TAKEN.plusSeconds(5)),
			new Origin(101, "old-name", "bob", TAKEN.minusSeconds(90L * 86400)),
			new Origin(102, "autoweekly261129030000", "carol", TAKEN.plusSeconds(3)));

	@ParameterizedTest(name = "[{index}] {0} {1} \"{2}\" -> {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			101 | before-upgrade         | NULL                   | DASHBOARD_USER | alice
			101 | auto-weekly-1          | NULL                   | SCHEDULE       | weekly
			102 | before-upgrade         | NULL                   | OUTSIDE        | NULL
			101 | old-name               | NULL                   | OUTSIDE        | NULL
			102 | autoweekly261129030000 | cv4pve-autosnap        | DASHBOARD_USER | carol
			103 | autoweekly261129030000 | NULL                   | CV4PVE         | NULL
			103 | autohourly261129235959 | ''                     | CV4PVE         | NULL
			103 | auto261129030000       | NULL                   | CV4PVE         | NULL
			103 | autodaily261399030000  | NULL                   | OUTSIDE        | NULL
			103 | autoweekly2611290300   | NULL                   | OUTSIDE        | NULL
			103 | manual                 | cv4pve-autosnap        | CV4PVE         | NULL
			103 | manual                 | Before the upgrade     | OUTSIDE        | NULL
			103 | weekly-2026-11-29      | Weekly snapshot        | OUTSIDE        | NULL
			""")
	void classifies(int vmid, String name, String description, MadeBy expected, String who) {
		Attribution attribution = MadeByRule.of(vmid, name, description, TAKEN, ORIGINS);
		assertThat(attribution.madeBy()).isEqualTo(expected);
		assertThat(attribution.who()).isEqualTo(who);
	}

	@ParameterizedTest
	@CsvSource({ "before-upgrade, DASHBOARD_USER", "old-name, DASHBOARD_USER", "other, OUTSIDE" })
	void withoutSnaptimeTheNameDecides(String name, MadeBy expected) {
		assertThat(MadeByRule.of(101, name, null, null, ORIGINS).madeBy()).isEqualTo(expected);
	}

}
