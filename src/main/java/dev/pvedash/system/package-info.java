/**
 * Cross-cutting plumbing every feature stands on: the injectable {@link java.time.Clock}, the data
 * directory with its single-instance lock, the one htmx-aware error handling (full page or alert fragment,
 * never a stack trace), the trusted-proxy handling of the client address, and layout-wide model values.
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.pvedash.system;
