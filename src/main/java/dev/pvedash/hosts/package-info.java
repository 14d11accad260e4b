/**
 * The host overview at {@code /}: per node CPU, memory, storage, uptime and the risks
 * that need the owner's attention, read from what the poller stored (never from Proxmox
 * during a page request). Until a Proxmox connection delivers data, the page says that no
 * reading exists yet rather than showing zeros.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hosts")
package dev.pvedash.hosts;
