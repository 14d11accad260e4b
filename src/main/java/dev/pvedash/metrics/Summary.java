package dev.pvedash.metrics;

/** Minimum, average and maximum of one field over the non-null values of a series. */
public record Summary(double min, double avg, double max) {
}
