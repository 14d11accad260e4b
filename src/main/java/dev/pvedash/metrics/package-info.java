/**
 * Metrics history: samples every poll cycle's node, guest and storage figures (no extra
 * request to Proxmox VE), fills the gaps from PVE's own {@code rrddata} in the
 * background, keeps them in H2 in downsampled tiers (average and max), and answers range
 * queries of at most 1,000 points plus a least-squares forecast of when a storage fills
 * up. Pages and the JSON API read H2 only. See docs/metrics.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics")
package dev.pvedash.metrics;
