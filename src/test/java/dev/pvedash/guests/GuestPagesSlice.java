package dev.pvedash.guests;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The guest list and guest page with what they read besides the inventory (this module's
 * action store and gate): for this module's page tests and for web slices of modules that
 * add to these pages (metrics' charts, the backups panel). The slice supplies the
 * {@code Inventory} (a FakeInventory).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ GuestController.class, GuestTable.class, ActionRepository.class, ActionGate.class })
@EnableConfigurationProperties(GuestsProperties.class)
public class GuestPagesSlice {

}
