package dev.pvedash.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * This module's web side for a web slice: the clock, the templates' {@code fmt} helper,
 * relative redirects and the answer to refused requests. The error and layout advices
 * come with every {@code @WebMvcTest} by itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ClockConfiguration.class, Formats.class, RelativeRedirectConfiguration.class,
		RefusedRequestConfiguration.class })
public class SystemWebSlice {

}
