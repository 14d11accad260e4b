package dev.pvedash.users;

import static dev.pvedash.users.TwoFactorSteps.currentCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.support.MutableClock;
import dev.pvedash.users.SecondFactors.Result;
import dev.pvedash.users.TwoFactorSteps.Enrolled;

/**
 * The stored second factor: enrolment, single use across requests, the wait, the lock and
 * its ways out.
 */
@UsersWebMvcTest
@Import(TwoFactorTestClock.class)
class SecondFactorsTests {

	static final String ADDRESS = "10.2.0.1";

	@Autowired
	Accounts accounts;

	@Autowired
	SecondFactors factors;

	@Autowired
	SecondFactorAdmin admin;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void enrolmentNeedsAValidFirstCodeAndStoresA160BitSecretAndOnlyRecoveryHashes() {
		this.accounts.create(Actor.SYSTEM, "newbie", TwoFactorSteps.PASSWORD, Role.VIEWER);
		byte[] secret = this.factors.newSecret();
		assertThat(secret).hasSize(20);
		assertThat(this.factors.newSecret()).isNotEqualTo(secret);
		Actor newbie = new Actor("newbie", ADDRESS, null);
		assertThatThrownBy(() -> this.factors.enrol(newbie, secret, "000000")).isInstanceOf(AccountException.class);
		assertThat(this.factors.of("newbie")).isEmpty();
		List<String> recovery = this.factors.enrol(newbie, secret, currentCode(secret, this.clock));
		assertThat(recovery).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
		assertThat(this.factors.of("newbie")).hasValueSatisfying(s -> assertThat(s.secret()).isEqualTo(secret));
		List<String> stored = this.jdbc
			.sql("select code_hash from recovery_code r join app_user u on u.id = r.user_id "
					+ "where u.username = 'newbie'")
			.query(String.class)
			.list();
		assertThat(stored).hasSize(10).noneMatch(recovery::contains).contains(RecoveryCodes.hash(recovery.get(0)));
		assertThat(audit("newbie", "ACCOUNT_SECOND_FACTOR_ENABLED")).isOne();
	}

	@Test
	void theEnrolmentCodeAndAnyEarlierOneCannotBeUsedToSignIn() {
		this.accounts.create(Actor.SYSTEM, "early", TwoFactorSteps.PASSWORD, Role.VIEWER);
		byte[] secret = this.factors.newSecret();
		String first = currentCode(secret, this.clock);
		this.factors.enrol(new Actor("early", ADDRESS, null), secret, first);
		assertThat(this.factors.verify("early", ADDRESS, first).result()).isEqualTo(Result.WRONG);
		this.clock.advance(Duration.ofSeconds(30));
		String next = currentCode(secret, this.clock);
		assertThat(this.factors.verify("early", ADDRESS, next).accepted()).isTrue();
		assertThat(this.factors.verify("early", ADDRESS, next).result()).isEqualTo(Result.WRONG);
	}

	@Test
	void fiveWrongCodesInFiveMinutesMakeEvenTheRightCodeWait() {
		Enrolled user = enrol("guesser");
		for (int i = 0; i < 5; i++) {
			assertThat(this.factors.verify("guesser", ADDRESS, "00000" + i).result()).isEqualTo(Result.WRONG);
		}
		SecondFactors.Check blocked = this.factors.verify("guesser", ADDRESS, currentCode(user.secret(), this.clock));
		assertThat(blocked.result()).isEqualTo(Result.WAIT);
		assertThat(blocked.waitFor()).isEqualTo(Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.factors.verify("guesser", ADDRESS, currentCode(user.secret(), this.clock)).accepted()).isTrue();
		assertThat(audit("guesser", "LOGIN_CODE")).isEqualTo(7);
	}

	@Test
	void eightWrongCodesInARowLockTheCodesUntilARecoveryCodeOrAnAdminUnlocks() {
		Enrolled user = enrol("locked-out");
		for (int i = 0; i < 7; i++) {
			assertThat(this.factors.verify("locked-out", ADDRESS, "11111" + i).result()).isEqualTo(Result.WRONG);
			this.clock.advance(Duration.ofMinutes(2));
		}
		assertThat(this.factors.verify("locked-out", ADDRESS, "111117").result()).isEqualTo(Result.LOCKED);
		assertThat(outcomes("locked-out")).containsOnly("FAILURE", "LOCKED").contains("LOCKED");
		// time alone does not open it again
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.factors.verify("locked-out", ADDRESS, currentCode(user.secret(), this.clock)).result())
			.isEqualTo(Result.LOCKED);
		// the owner's recovery code still works, and ends the lock
		assertThat(this.factors.verify("locked-out", ADDRESS, user.recoveryCodes().get(0)).accepted()).isTrue();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.factors.verify("locked-out", ADDRESS, currentCode(user.secret(), this.clock)).accepted())
			.isTrue();
	}

	@Test
	void anAdminUnlocksLockedCodesAndTheUnlockIsAudited() {
		Enrolled user = enrol("unlockee");
		this.jdbc.sql("update second_factor set locked_at = current_timestamp where user_id = ?")
			.param(user.account().id())
			.update();
		assertThat(this.factors.verify("unlockee", ADDRESS, currentCode(user.secret(), this.clock)).result())
			.isEqualTo(Result.LOCKED);
		this.admin.unlock(new Actor("boss", ADDRESS, null), user.account().id());
		assertThat(this.factors.verify("unlockee", ADDRESS, currentCode(user.secret(), this.clock)).accepted())
			.isTrue();
		assertThat(audit("unlockee", "ACCOUNT_SECOND_FACTOR_UNLOCKED")).isOne();
	}

	@Test
	void recoveryCodesAreSingleUseAndForgiveCaseAndSpaces() {
		Enrolled user = enrol("recoverer");
		String code = user.recoveryCodes().get(5);
		String typed = " " + code.replace("-", " ").toUpperCase() + " ";
		assertThat(this.factors.verify("recoverer", ADDRESS, typed).accepted()).isTrue();
		assertThat(this.factors.verify("recoverer", ADDRESS, code).result()).isEqualTo(Result.WRONG);
		assertThat(this.factors.unusedRecoveryCodes(user.account().id())).isEqualTo(9);
	}

	@Test
	void theSecretIsStoredAsTheRawTwentyBytesNotTheCodes() {
		Enrolled user = enrol("raw");
		byte[] stored = this.jdbc.sql("select secret from second_factor where user_id = ?")
			.param(user.account().id())
			.query(byte[].class)
			.single();
		assertThat(HexFormat.of().formatHex(stored)).isEqualTo(HexFormat.of().formatHex(user.secret()));
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(Base32.encode(user.secret()));
	}

	private Enrolled enrol(String username) {
		return TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, username, Role.VIEWER);
	}

	private int audit(String who, String kind) {
		return this.jdbc.sql("select count(*) from audit_entry where kind = ? and (actor = ? or target = ?)")
			.params(kind, who, who)
			.query(Integer.class)
			.single();
	}

	private List<String> outcomes(String actor) {
		return this.jdbc.sql("select outcome from audit_entry where kind = 'LOGIN_CODE' and actor = ? order by id")
			.param(actor)
			.query(String.class)
			.list();
	}

}
