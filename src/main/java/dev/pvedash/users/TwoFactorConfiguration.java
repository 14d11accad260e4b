package dev.pvedash.users;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the two-factor settings (pvedash.security.two-factor.*, docs/two-factor.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwoFactorProperties.class)
class TwoFactorConfiguration {

}
