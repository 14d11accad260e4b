package dev.pvedash.users;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What every page needs from this module in a web slice: the security rules and the beans
 * they stand on (the account store, the login throttle, the second-factor sign-in and
 * gate, the session registry), plus what the /users page advice asks for. No controller:
 * a slice names the ones it tests.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, WebEdgesConfiguration.class, TwoFactorConfiguration.class,
		DatabaseUserDetailsService.class, UserRepository.class, LoginThrottle.class, SecondFactorLogin.class,
		SecondFactorRepository.class, TwoFactorPolicy.class, RecentAuthentication.class, SecondFactorAdmin.class,
		SessionControl.class })
public class SecurityWebSlice {

}
