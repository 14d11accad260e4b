package dev.pvedash.hosts;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The overview page, for web slices of modules that add to it (metrics' host charts and
 * storage forecasts). The slice supplies the inventory, the charts and the risk sources
 * (snapshots' and backups', usually mocks).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(OverviewController.class)
public class OverviewSlice {

}
