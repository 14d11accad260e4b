package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.pvedash.guests.ActionState;
import dev.pvedash.users.SecondFactorChecked;

/**
 * Audit outcomes keep the words stored before they were typed, the page shows them as it
 * always did, and other modules' outcomes map to them one case each.
 */
class AuditOutcomeWordsTests {

	@ParameterizedTest
	@CsvSource({ "SUCCESS, SUCCESS, true", "FAILURE, FAILURE, false", "LOCKED, LOCKED, false", "DENIED, DENIED, false",
			"REQUESTED, REQUESTED, false", "OK, OK, true", "FAILED, FAILED, false", "NOT_SENT, NOT_SENT, false",
			"UNKNOWN, UNKNOWN, false", "PARTIAL, PARTIAL, false", "SOMETHING, UNRECOGNISED, false",
			"success, UNRECOGNISED, false", "UNRECOGNISED, UNRECOGNISED, false" })
	void readFromTheirStoredWords(String stored, AuditOutcome outcome, boolean succeeded) {
		assertThat(AuditOutcome.of(stored)).isEqualTo(outcome);
		assertThat(outcome.succeeded()).isEqualTo(succeeded);
		assertThat(new AuditEntry(1, null, "a", null, "LOGIN", null, outcome, null).failed()).isEqualTo(!succeeded);
	}

	@Test
	void nullReadsAsUnrecognised() {
		assertThat(AuditOutcome.of((String) null)).isEqualTo(AuditOutcome.UNRECOGNISED);
	}

	/**
	 * Every outcome a recorder writes is shown as the stored word, as the page always
	 * did.
	 */
	@ParameterizedTest
	@EnumSource(value = AuditOutcome.class, names = "UNRECOGNISED", mode = EnumSource.Mode.EXCLUDE)
	void writtenOutcomesAreStoredAndShownByName(AuditOutcome outcome) {
		assertThat(AuditOutcome.of(outcome.name())).isEqualTo(outcome);
		assertThat(AuditKindWordsTests.MESSAGES.getProperty(outcome.messageKey())).isEqualTo(outcome.name());
	}

	@ParameterizedTest
	@EnumSource(AuditOutcome.class)
	void everyOutcomeHasWords(AuditOutcome outcome) {
		assertThat(AuditKindWordsTests.MESSAGES.getProperty(outcome.messageKey())).as(outcome.name()).isNotBlank();
	}

	@ParameterizedTest
	@CsvSource({ "OK, OK", "FAILED, FAILED", "NOT_SENT, NOT_SENT", "UNKNOWN, UNKNOWN", "CLAIMED, UNKNOWN",
			"RUNNING, UNKNOWN" })
	void anEndedActionKeepsItsStateName(ActionState ended, AuditOutcome outcome) {
		assertThat(AuditOutcome.of(ended)).isEqualTo(outcome);
	}

	@Test
	void secondFactorChecksKeepTheirNames() {
		Arrays.stream(SecondFactorChecked.Outcome.values())
			.forEach(checked -> assertThat(AuditOutcome.of(checked).name()).isEqualTo(checked.name()));
	}

}
