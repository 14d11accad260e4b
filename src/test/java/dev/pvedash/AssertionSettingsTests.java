package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * The test JVM checks our assertions but, as in production, not H2's internal ones (see
 * pom.xml, surefire).
 */
class AssertionSettingsTests {

	@Test
	void ourAssertionsAreOnAndH2sAreOff() {
		assertThat(AssertionSettingsTests.class.desiredAssertionStatus()).isTrue();
		assertThat(MVStore.class.desiredAssertionStatus()).isFalse();
	}

}
