package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.pvedash.guests.GuestAction;
import dev.pvedash.snapshots.ScheduleChanged;
import dev.pvedash.users.AccountChanged;

/**
 * Every kind the audit log writes has words on the page, and every outcome its badge
 * colour.
 */
class AuditKindWordsTests {

	static final Properties MESSAGES = messages();

	@ParameterizedTest
	@EnumSource(AuditKind.class)
	void everyKindHasWords(AuditKind kind) {
		assertThat(MESSAGES.getProperty("audit.kind." + kind.name())).as(kind.name())
			.isNotBlank()
			.isNotEqualTo(kind.name());
	}

	/**
	 * The recorders build these kinds from other modules' enums; a new value there needs
	 * a kind here.
	 */
	@Test
	void kindsBuiltFromAccountAndScheduleChangesAreKnown() {
		Arrays.stream(AccountChanged.Change.values())
			.forEach(change -> assertThat(AuditKind.known("ACCOUNT_" + change.name())).as(change.name()).isTrue());
		Arrays.stream(ScheduleChanged.Change.values())
			.forEach(change -> assertThat(AuditKind.known("SCHEDULE_" + change.name())).as(change.name()).isTrue());
	}

	/** Mapped one case each, to the names rows were always stored under. */
	@Test
	void typedKindsKeepTheStoredNames() {
		Arrays.stream(AccountChanged.Change.values())
			.forEach(change -> assertThat(AuditKind.of(change).name()).isEqualTo("ACCOUNT_" + change.name()));
		Arrays.stream(ScheduleChanged.Change.values())
			.forEach(change -> assertThat(AuditKind.of(change).name()).isEqualTo("SCHEDULE_" + change.name()));
		Arrays.stream(GuestAction.values())
			.forEach(action -> assertThat(AuditKind.of(action).name()).isEqualTo("GUEST_" + action.name()));
	}

	@ParameterizedTest
	@CsvSource({ "SUCCESS, badge-ok", "OK, badge-ok", "FAILURE, badge-error", "FAILED, badge-error",
			"DENIED, badge-error", "UNKNOWN, badge-warn", "REQUESTED, badge-info", "PARTIAL, badge-warn",
			"NOT_SENT, badge-warn", "SOMETHING, badge-off" })
	void outcomesHaveTheirBadge(String outcome, String badge) {
		assertThat(new AuditEntry(1, null, "a", null, "LOGIN", null, AuditOutcome.of(outcome), null).badge())
			.isEqualTo(badge);
	}

	private static Properties messages() {
		Properties properties = new Properties();
		try (InputStream in = AuditKindWordsTests.class.getResourceAsStream("/messages.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
