package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strength rule as a pure function: each refusal says why, in our own message keys
 * (docs/sign-in.md).
 */
class PasswordPolicyTests {

	static final PasswordPolicy policy = new PasswordPolicy(new PasswordProperties(35));

	@ParameterizedTest
	@CsvSource({ "password123,        password.weak.common", "Password1234,       password.weak.common",
			"iloveyou2024,       password.weak.common", "aaaaaaaaaa,         password.weak.repeat",
			"abcdefghij,         password.weak.sequence", "short,              users.error.password",
			"auditor-password,   password.weak.common", })
	void weakPasswordsAreRefusedWithAReason(String password, String reason) {
		assertThat(policy.refusal(password)).contains(reason);
	}

	@org.junit.jupiter.api.Test
	void longPasswordsAreJudgedByTheirPatternsToo() {
		assertThat(policy.refusal("a".repeat(200))).contains("password.weak.repeat");
		assertThat(policy.refusal("password".repeat(30))).contains("password.weak.common");
		assertThat(policy.refusal(LoginTests.LONG_PASSPHRASE)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Zq8-lantern-orbit-x", "server-test-admin-pw", "a long passphrase", "correct-horse-battery" })
	void strongPasswordsPass(String password) {
		assertThat(policy.refusal(password)).isEqualTo(Optional.empty());
	}

}
