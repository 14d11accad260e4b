package dev.pvedash.snapshots;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotsProperties.class)
class SnapshotsConfiguration {

}
