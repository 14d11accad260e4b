/**
 * VMs and containers (together: guests) at {@code /guests}: state, usage and the safe
 * lifecycle actions, read from what the poller stored. Until a Proxmox connection
 * delivers data, the page says that no guest is known yet rather than showing an empty
 * list as if there were none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guests")
package dev.pvedash.guests;
