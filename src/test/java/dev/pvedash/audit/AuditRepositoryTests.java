package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/**
 * The audit table as Flyway creates it on the real H2 file database (not an embedded
 * replacement).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(AuditRepository.class)
class AuditRepositoryTests {

	static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

	@Autowired
	AuditRepository repository;

	@BeforeEach
	void entries() {
		for (int i = 0; i < 7; i++) {
			this.repository.append(T0.plusSeconds(i), (i % 2 == 0) ? "alice" : "bob", "10.0.0." + i,
					(i < 4) ? AuditKind.LOGIN : AuditKind.ACCOUNT_CREATED, null, AuditOutcome.SUCCESS, "#" + i);
		}
	}

	@Test
	void newestFirstWithOneExtraRowToDetectTheNextPage() {
		List<AuditEntry> page = this.repository.find(new AuditQuery(null, null, 0, 3));
		assertThat(page).extracting(AuditEntry::detail).containsExactly("#6", "#5", "#4", "#3");
		List<AuditEntry> last = this.repository.find(new AuditQuery(null, null, 2, 3));
		assertThat(last).extracting(AuditEntry::detail).containsExactly("#0");
	}

	@Test
	void filtersByActorAndKindTogether() {
		assertThat(this.repository.find(new AuditQuery("alice", "LOGIN", 0, 50))).extracting(AuditEntry::detail)
			.containsExactly("#2", "#0");
		assertThat(this.repository.kinds()).containsExactly("ACCOUNT_CREATED", "LOGIN");
	}

	@Test
	void timesRoundTripAsUtcAndLongValuesAreClipped() {
		this.repository.append(T0.plusSeconds(60), "x".repeat(100), "::1", AuditKind.LOGIN, "t".repeat(300),
				AuditOutcome.FAILURE, "line one\r\nFAKE ENTRY");
		AuditEntry newest = this.repository.find(new AuditQuery(null, null, 0, 1)).get(0);
		assertThat(newest.occurredAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(newest.actor()).hasSize(64);
		assertThat(newest.target()).hasSize(128);
		assertThat(newest.failed()).isTrue();
		// stored raw; the page escapes it, so a CR/LF cannot forge a row there
		assertThat(newest.detail()).isEqualTo("line one\r\nFAKE ENTRY");
	}

}
