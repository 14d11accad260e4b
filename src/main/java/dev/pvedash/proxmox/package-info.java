/**
 * The only code that speaks to Proxmox VE: HTTP/JSON against {@code {url}/api2/json} with
 * an API token (or a ticket), TLS verified by a pinned SHA-256 fingerprint, a CA file or
 * the JVM trust store, never trust-all. PVE's lenient JSON (numbers as strings, omitted
 * fields, 0/1 booleans, versions 6 to 9) is mapped once into public records, and every
 * failure becomes a typed {@link dev.pvedash.proxmox.ProxmoxException} that keeps PVE's
 * own reason. With no URL configured it connects to the
 * {@link dev.pvedash.proxmox.DemoEndpoint} the simulator offers (demo mode). Transport
 * and TLS live in the {@code internal} sub-package, which other modules cannot use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proxmox VE client")
package dev.pvedash.proxmox;
