package dev.pvedash.users;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The whole users module for a web slice: besides what every page needs ({@link SecurityWebSlice}), the
 * account service, the admin seeded at start, passwords, second factors, re-authentication and every
 * controller of the module (sign-in, setup, account, user admin, two-factor).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityWebSlice.class, Accounts.class, InitialSetup.class, PasswordPolicy.class,
		CurrentPasswordCheck.class, SecondFactors.class, IdentityCheck.class, ReauthGate.class, LoginController.class,
		LoginCodeController.class, SetupController.class, AccountController.class, UserAdminController.class,
		TwoFactorController.class, TwoFactorPolicyController.class, SecondFactorAdminController.class })
public class UsersModuleSlice {

}
