package dev.pvedash.simulator;

/**
 * How busy a guest is when running: mean CPU fraction, share of its RAM in use, network
 * and disk byte rates, bytes used on an LXC root fs, and how long a clean shutdown takes.
 */
record Profile(double cpuBase, double memFraction, long netRate, long diskRate, long usedDisk, int shutdownSeconds) {
}
