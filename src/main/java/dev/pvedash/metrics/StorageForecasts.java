package dev.pvedash.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The fill forecast of every storage with history (H2 only), from its 2-hour tier over
 * the last 30 days.
 */
@Component
public class StorageForecasts {

	private final MetricStore store;

	private final Clock clock;

	StorageForecasts(MetricStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Empty for a storage without any stored history. */
	public Optional<StorageForecast> of(String node, String storage) {
		return this.store.find(Entity.storageRef(node, storage)).map(this::forecast);
	}

	/** Every storage with history, in the order first seen. */
	public List<StorageForecast> all() {
		return this.store.entities(Kind.STORAGE).stream().map(this::forecast).toList();
	}

	private StorageForecast forecast(Entity entity) {
		Instant now = this.clock.instant();
		long from = now.minus(Forecast.WINDOW).getEpochSecond();
		List<Forecast.Sample> samples = OpenBuckets
			.read(this.store, Kind.STORAGE, Tier.TWO_HOURS, entity.id(), from, now.getEpochSecond() + 1, now)
			.stream()
			.filter((row) -> row.avg()[0] != null)
			.map((row) -> new Forecast.Sample(row.t(), row.avg()[0], row.avg()[1]))
			.toList();
		Forecast.Result result = Forecast.of(samples);
		return new StorageForecast(entity.node(), entity.storage(), result.state(), result.fullInDays());
	}

}
