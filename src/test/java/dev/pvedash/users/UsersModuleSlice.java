package dev.pvedash.users;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The users module's services for a web slice: besides what every page needs
 * ({@link SecurityWebSlice}), the account service, the admin seeded at start, passwords,
 * second factors and re-authentication. No controller: a slice names the ones it tests
 * ({@code @PveDashWebMvcTest(LoginController.class)}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityWebSlice.class, Accounts.class, InitialSetup.class, PasswordPolicy.class, CurrentPasswordCheck.class,
		SecondFactors.class, IdentityCheck.class, ReauthGate.class })
public class UsersModuleSlice {

}
