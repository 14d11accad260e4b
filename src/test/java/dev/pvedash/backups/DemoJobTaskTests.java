package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.inventory.TaskState;

/**
 * Demo mode end to end: the reference homelab's runs over several guests reach each
 * guest's last task through their logs, and leave the verdicts as
 * {@link DemoVerdictTests} has them.
 */
@PveDashServerTest
class DemoJobTaskTests {

	@Autowired
	BackupSync sync;

	@Autowired
	LastTaskRepository lastTasks;

	@Autowired
	Protection protection;

	@Test
	void aGuestBackedUpOnlyByAJobHasALastTaskAndAFailedPartShowsItsReason() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			this.sync.check();
			assertThat(this.lastTasks.all()).containsKeys(100, 103);
		});
		// 100 is only in the weekly PBS job, whose task names no guest
		StoredLastTask pfsense = this.lastTasks.all().get(100);
		assertThat(pfsense.upid()).contains(":vzdump::");
		assertThat(pfsense.status()).isEqualTo(TaskState.OK);
		// 103 failed inside a run over 102 and 103; 102 has a newer run of its own
		StoredLastTask win11 = this.lastTasks.all().get(103);
		assertThat(win11.status()).isEqualTo(TaskState.FAILED);
		assertThat(win11.exitStatus()).isEqualTo("job failed with err -28 - No space left on device");
		assertThat(this.lastTasks.all().get(102).upid()).contains(":vzdump:102:");
		DemoVerdictTests.EXPECTED.forEach((vmid, expected) -> assertThat(this.protection.of(vmid)).as("guest %d", vmid)
			.hasValueSatisfying(p -> assertThat(p.verdict() + "/" + p.messageKey()).isEqualTo(expected)));
	}

}
