package dev.pvedash.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The only paths served as static files: our own assets under {@code /css}, {@code /js}
 * and {@code /icons}, and the WebJars. Boot's catch-all {@code /**} mapping is off
 * ({@code spring.web.resources.add-mappings=false}): with it, the URL-encoding filter
 * that versions asset links looked up every ordinary link of a page ({@code /guests/101})
 * as a possible file in the jar, once per link per request, which was most of the CPU of
 * a long page (docs/benchmarks.md). Our assets get content-hashed URLs and the WebJars
 * their version in the path, so both can be cached for a year: a new build changes the
 * URL.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "icons" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(FOREVER)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(FOREVER)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
