/**
 * Cross-cutting plumbing every feature stands on: the injectable {@link java.time.Clock},
 * the data directory with its single-instance lock, the one htmx-aware error handling
 * (full page or alert fragment, never a stack trace), the trusted-proxy handling of the
 * client address, and layout-wide model values. Its only dependency is
 * {@link dev.pvedash.proxmox.ProxmoxConnection}, which the layout reads to flag demo
 * mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.pvedash.system;
